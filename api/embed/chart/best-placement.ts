import type { BestLayout } from "./best-layout.js";
import type { TimedClaim } from "../../../extractors/best-over-time.js";
import { isHighlighted } from "./highlight.js";
import type { ChartPoint } from "./input.js";
import { r1 } from "./layout.js";

export interface Placed {
  pt: ChartPoint;
  x: number;
  y: number;
  record: boolean;
  highlighted: boolean;
}

/**
 * Every claim at its pixel, and the best-so-far step line (an SVG path) through the dated records; undated
 * claims spread evenly across their band.
 */
export function placeBest(
  dated: readonly TimedClaim<ChartPoint>[],
  undated: readonly ChartPoint[],
  layout: BestLayout,
  hl: Set<string>,
): { placed: Placed[]; step: string } {
  const { xAt, y, bandX0, bandW } = layout;
  const placed: Placed[] = [];
  let step = "";
  for (const { t, item: pt, record } of dated) {
    const px = xAt(t);
    const py = y.at(pt.value);
    if (record) step += step ? `H${r1(px)}V${r1(py)}` : `M${r1(px)} ${r1(py)}`;
    placed.push({ pt, x: px, y: py, record, highlighted: isHighlighted(hl, pt.subject) });
  }
  if (step && dated.length) step += `H${r1(xAt(dated.at(-1)!.t))}`;
  undated.forEach((pt, i) => {
    const px = bandX0 + ((i + 1) / (undated.length + 1)) * bandW;
    placed.push({ pt, x: px, y: y.at(pt.value), record: false, highlighted: isHighlighted(hl, pt.subject) });
  });
  return { placed, step };
}
