import { type DateTick, dateTicks, formatTick, type LinearScale, linearScale, textWidth } from "../scale.js";
import type { ChartRenderOptions } from "./input.js";
import { PAD, TICK_FONT } from "./layout.js";

export interface BestLayout {
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
  y: LinearScale;
  yLabels: string[];
  /** The undated band at the right of the plot; zero wide when every paper has a date. */
  bandX0: number;
  bandW: number;
  /** Where the time axis ends, left of the undated band. */
  datedRight: number;
  xAt: (t: number) => number;
  xTicks: DateTick[];
}

/** The plot's box under the header: the value axis sized by its widest label, then time and the undated band. */
export function layoutBest(
  values: number[],
  dated: readonly { t: number }[],
  undatedCount: number,
  top: number,
  options: ChartRenderOptions,
): BestLayout {
  const plotTop = top + 8;
  const plotBottom = options.height - PAD - 18;
  const y = linearScale(
    Math.min(...values),
    Math.max(...values),
    plotBottom,
    plotTop,
    Math.max(2, Math.floor((plotBottom - plotTop) / 42)),
    { pad: 0.06 },
  );
  const yLabels = y.ticks.map((v) => formatTick(v, y.step));
  const yLabelW = Math.max(...yLabels.map((l) => textWidth(l, TICK_FONT))) + 6;
  const plotLeft = PAD + 16 + yLabelW;
  const plotRight = options.width - PAD - 4;
  const bandW = undatedCount ? (dated.length ? Math.max(40, (plotRight - plotLeft) * 0.1) : plotRight - plotLeft) : 0;
  const datedRight = undatedCount && dated.length ? plotRight - bandW - 8 : plotRight;

  // At least two months wide, centred on the data, so a few close dates do not spread over the whole axis.
  let tLo = 0;
  let tHi = 1;
  if (dated.length) {
    const first = dated[0]!.t;
    const last = dated.at(-1)!.t;
    const span = Math.max(last - first, 60 * 86_400_000);
    const mid = (first + last) / 2;
    tLo = Math.min(first, mid - span / 2) - span * 0.04;
    tHi = Math.max(last, mid + span / 2) + span * 0.04;
  }
  const xAt = (t: number) => plotLeft + ((t - tLo) / (tHi - tLo)) * (datedRight - plotLeft);
  const xTicks = dated.length ? dateTicks(tLo, tHi, Math.max(1, Math.floor((datedRight - plotLeft) / 78))) : [];
  return {
    plotTop,
    plotBottom,
    plotLeft,
    plotRight,
    y,
    yLabels,
    bandX0: plotRight - bandW,
    bandW,
    datedRight,
    xAt,
    xTicks,
  };
}
