import type { ChartPoint } from "./input.js";

export interface DatedPoint {
  t: number;
  pt: ChartPoint;
}

function dateToX(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

/** Claims of undated papers cannot sit on a time axis: they are set apart, in input order. */
export function orderByDate(
  points: readonly ChartPoint[],
  better: (a: number, c: number) => boolean,
): { dated: DatedPoint[]; undated: ChartPoint[] } {
  const dated: DatedPoint[] = [];
  const undated: ChartPoint[] = [];
  for (const pt of points) {
    const t = dateToX(pt.paper.date);
    if (t === null) undated.push(pt);
    else dated.push({ t, pt });
  }
  // In time order; on one day the better value first, so it is the one that sets the record.
  dated.sort(
    (a, c) =>
      a.t - c.t ||
      (better(a.pt.value, c.pt.value) ? -1 : better(c.pt.value, a.pt.value) ? 1 : a.pt.claimId - c.pt.claimId),
  );
  return { dated, undated };
}
