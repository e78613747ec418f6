import { bestOverTime } from "../../../extractors/best-over-time.js";
import { BestAxes } from "./best-axes.js";
import { layoutBest } from "./best-layout.js";
import { placeBest } from "./best-placement.js";
import { ClaimMarks } from "./claim-marks.js";
import { Empty } from "./empty.js";
import { header, type LegendItem } from "./header.js";
import { highlightSet, isHighlighted } from "./highlight.js";
import type { ChartInput, ChartRenderOptions } from "./input.js";
import { PointLabels } from "./point-labels.js";
import type { Palette } from "./theme.js";
import { directionText } from "./words.js";

/** Every claim against its paper's date, and a step line of the best value so far. */
export function BestBody({ input, options, p }: { input: ChartInput; options: ChartRenderOptions; p: Palette }) {
  const b = input.benchmark;
  const hl = highlightSet(options);
  const { dated, undated } = bestOverTime(
    input.points,
    { date: (pt) => pt.paper.date, value: (pt) => pt.value, id: (pt) => pt.claimId },
    b.direction,
  );

  const n = input.points.length;
  const subtitle = `${directionText(b)} · ${n.toLocaleString("en-US")} claim${n === 1 ? "" : "s"} from ${b.paperCount.toLocaleString("en-US")} paper${b.paperCount === 1 ? "" : "s"}${input.truncated ? " (first 5,000 shown)" : ""}${input.note ? ` · ${input.note}` : ""}`;
  const items: LegendItem[] = [
    { kind: "dot", color: p.point, text: "claim" },
    { kind: "big", color: p.record, text: "new best" },
    { kind: "line", color: p.record, text: "best so far" },
  ];
  if (undated.length) items.push({ kind: "band", color: p.band, text: `${undated.length} undated` });
  const present = new Set(
    input.points.filter((pt) => isHighlighted(hl, pt.subject)).map((pt) => pt.subject!.trim().toLowerCase()),
  );
  for (const name of options.highlight)
    if (present.has(name.toLowerCase())) items.push({ kind: "big", color: p.highlight, text: name });
  const head = header(input, options, p, subtitle, items);
  if (n === 0)
    return (
      <>
        {head.node}
        <Empty options={options} top={head.bottom} p={p} text="No claims on this benchmark yet" />
      </>
    );

  const values = input.points.map((pt) => pt.value);
  const layout = layoutBest(values, dated, undated.length, head.bottom, options);
  const { placed, step } = placeBest(dated, undated, layout, hl);

  return (
    <>
      {head.node}
      <BestAxes layout={layout} hasUndated={undated.length > 0} b={b} options={options} p={p} />
      {step && (
        <path className="best-line" d={step} fill="none" stroke={p.record} strokeWidth={2} strokeLinejoin="round" />
      )}
      <ClaimMarks placed={placed} count={n} unit={b.unit} p={p} />
      <PointLabels
        placed={placed}
        b={b}
        p={p}
        box={{ left: layout.plotLeft, right: layout.plotRight, top: layout.plotTop, bottom: layout.plotBottom }}
      />
    </>
  );
}
