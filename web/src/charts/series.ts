import type { ClaimOut } from "../../../contracts/claims";
import { bestOverTime } from "../../../extractors/best-over-time";

/** What the chart needs of a claim: any ClaimOut fits. */
export type ChartClaim = Pick<
  ClaimOut,
  "id" | "value" | "unit" | "qualifier" | "evidence" | "subject" | "subjectText" | "paper"
> & {
  /** The whole source sentence, shown in tooltips with the evidence marked. */
  sentence?: string;
  /** The number as written ("2.10"). */
  valueText?: string | null;
};
export type Direction = ClaimOut["direction"];

export interface ClaimPoint {
  x: number;
  y: number;
  dated: boolean;
  /** This claim beat every earlier dated claim (it moved the best-so-far line). */
  record: boolean;
  claim: ChartClaim;
}

interface StepPoint {
  x: number;
  y: number;
}

export interface ChartSeries {
  points: ClaimPoint[];
  /** The best-so-far line over dated claims, drawn as a step-after curve through these corners. */
  step: StepPoint[];
  xDomain: [number, number];
  ticks: number[];
  /** Where undated papers are placed, to the right of the time axis; null when every paper has a date. */
  undatedBand: { x0: number; x1: number; center: number } | null;
  datedCount: number;
  undatedCount: number;
}

const DAY = 86_400_000;

/**
 * Places claims for the over-time chart. Dated claims sit at their paper's date; claims of undated papers
 * cannot honestly be put on a time axis, so they go in a separate "undated" band after the last date
 * (spread evenly, in paper order) and take no part in the best-so-far line.
 */
export function buildSeries(claims: readonly ChartClaim[], direction: Direction): ChartSeries {
  const { dated, undated } = bestOverTime(
    claims,
    { date: (c) => c.paper.date, value: (c) => c.value, id: (c) => c.id },
    direction,
  );
  undated.sort((a, b) => a.paper.id - b.paper.id || a.id - b.id);

  const points: ClaimPoint[] = [];
  const step: StepPoint[] = [];
  let best: number | null = null;
  for (const d of dated) {
    if (d.record) {
      best = d.item.value;
      step.push({ x: d.t, y: best });
    }
    points.push({ x: d.t, y: d.item.value, dated: true, record: d.record, claim: d.item });
  }

  let lo: number;
  let hi: number;
  let ticks: number[] = [];
  let undatedBand: ChartSeries["undatedBand"] = null;
  if (dated.length > 0) {
    const first = dated[0]!.t;
    const last = dated.at(-1)!.t;
    const span = Math.max(last - first, 60 * DAY);
    lo = first - span * 0.05;
    hi = last + span * 0.05;
    ticks = timeTicks(lo, hi);
    if (best !== null) step.push({ x: hi, y: best });
    if (undated.length > 0) {
      const gap = span * 0.06;
      const width = span * Math.min(0.35, 0.08 + 0.02 * undated.length);
      undatedBand = { x0: hi + gap, x1: hi + gap + width, center: hi + gap + width / 2 };
      hi = undatedBand.x1;
    }
  } else {
    lo = 0;
    hi = 1;
    if (undated.length > 0) undatedBand = { x0: 0, x1: 1, center: 0.5 };
  }
  if (undatedBand) {
    const { x0, x1 } = undatedBand;
    undated.forEach((claim, i) => {
      points.push({
        x: x0 + ((i + 1) / (undated.length + 1)) * (x1 - x0),
        y: claim.value,
        dated: false,
        record: false,
        claim,
      });
    });
    ticks.push(undatedBand.center);
  }
  return {
    points,
    step,
    xDomain: [lo, hi],
    ticks,
    undatedBand,
    datedCount: dated.length,
    undatedCount: undated.length,
  };
}

/** Year, quarter or month ticks (UTC), whichever gives a readable number of them. */
export function timeTicks(lo: number, hi: number): number[] {
  const years = (hi - lo) / (365.25 * DAY);
  const stepMonths = years > 8 ? 24 : years > 3 ? 12 : years > 1.2 ? 3 : 1;
  const start = new Date(lo);
  // The first month boundary at or after `lo` that is a multiple of the step.
  let index = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1) < lo) index++;
  index = Math.ceil(index / stepMonths) * stepMonths;
  const ticks: number[] = [];
  for (let t = monthStart(index); t <= hi && ticks.length < 40; index += stepMonths, t = monthStart(index))
    ticks.push(t);
  return ticks;
}

function monthStart(index: number): number {
  return Date.UTC(Math.floor(index / 12), index % 12, 1);
}

export function formatTick(x: number, series: Pick<ChartSeries, "undatedBand" | "xDomain">): string {
  if (series.undatedBand && x === series.undatedBand.center) return "undated";
  const d = new Date(x);
  const end = series.undatedBand ? series.undatedBand.x0 : series.xDomain[1];
  if (end - series.xDomain[0] > 3 * 365.25 * DAY) return String(d.getUTCFullYear());
  return d.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}
