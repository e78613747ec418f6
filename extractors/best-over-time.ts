/**
 * The best-so-far ("record") reading of a benchmark's claims, shared by the dashboard's chart and the
 * embeddable one so both mark the same claims as records. Pure, so the browser bundle may import it.
 */

export type Direction = "higher" | "lower";

export function isBetter(a: number, b: number, direction: Direction): boolean {
  return direction === "lower" ? a < b : a > b;
}

/** A paper's date (YYYY-MM-DD, or longer) as a UTC timestamp; null when it has none or it does not parse. */
export function dateToTime(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

export interface TimedClaim<T> {
  t: number;
  item: T;
  /** It beat every earlier dated claim: it moves the best-so-far line. */
  record: boolean;
}

/**
 * Dated claims in time order, each marked when it sets a record; on one day the better value comes first,
 * so it is the one that sets the record (then the lower id, for a stable order). Claims of undated papers
 * cannot honestly be put in time: they come back apart, in input order, and set no record.
 */
export function bestOverTime<T>(
  items: readonly T[],
  of: { date: (item: T) => string | null; value: (item: T) => number; id: (item: T) => number },
  direction: Direction,
): { dated: TimedClaim<T>[]; undated: T[] } {
  const dated: TimedClaim<T>[] = [];
  const undated: T[] = [];
  for (const item of items) {
    const t = dateToTime(of.date(item));
    if (t === null) undated.push(item);
    else dated.push({ t, item, record: false });
  }
  dated.sort((a, b) => {
    const va = of.value(a.item);
    const vb = of.value(b.item);
    return (
      a.t - b.t || (isBetter(va, vb, direction) ? -1 : isBetter(vb, va, direction) ? 1 : of.id(a.item) - of.id(b.item))
    );
  });
  let best: number | null = null;
  for (const d of dated) {
    const v = of.value(d.item);
    d.record = best === null || isBetter(v, best, direction);
    if (d.record) best = v;
  }
  return { dated, undated };
}
