import { withUnit } from "../../extractors/unit-text.js";

const MULTIPLIER: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * A bare fraction on a board that reports percentages ranks as a percentage (0.96 as 96), as the leaderboard
 * SQL ranks it (domain/ranking/rank-value.ts); null where that rule does not apply.
 */
export function asPercentOnBoard(value: number, unit: string | null, percentBoard: boolean): number | null {
  return unit === null && Math.abs(value) <= 1 && percentBoard ? value * 100 : null;
}

/** The value in base units: 1.2 "M" is 1,200,000; % and plain numbers are left as written. */
export function baseValue(value: number, unit: string | null): number {
  return value * (unit ? (MULTIPLIER[unit] ?? 1) : 1);
}

export function agree(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** Two numbers that match once one is multiplied by 100 or 1000 (0.87 vs 87, 2.3 vs 2300). */
export function scaleFactor(a: number, b: number, tolerance: number): number | null {
  for (const f of [100, 1000]) {
    if (agree(a * f, b, tolerance) || agree(b * f, a, tolerance)) return f;
  }
  return null;
}

/** Units that can be compared directly: the same, or a plain number next to a percentage or count. */
export function comparableUnits(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  const countLike = new Set([null, "%", "K", "M", "B", "T"]);
  return countLike.has(a) && countLike.has(b);
}

export function better(a: number, b: number, direction: "higher" | "lower"): boolean {
  return direction === "higher" ? a > b : a < b;
}

export function formatValue(value: number, unit: string | null): string {
  const v = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(8)));
  return withUnit(v, unit, { ratio: "x" });
}

/** A reported number with its text as written (for its precision) and unit. */
interface Written {
  value: number;
  valueText: string | null;
  unit: string | null;
}

/** Decimals as written: "87.30" -> 2. A number without its text is taken at the precision it prints with. */
export function decimals(c: Written): number {
  const text = c.valueText ?? String(c.value);
  const m = /\.(\d+)/.exec(text.replace(/[^\d.]/g, ""));
  return m ? m[1]!.length : 0;
}

/** Two reports agree when within the relative tolerance or within the rounding of the coarser one. */
export function agreeAsWritten(a: Written, b: Written, va: number, vb: number, tol: number): boolean {
  if (agree(va, vb, tol)) return true;
  const rounding = 0.5 * 10 ** -Math.min(decimals(a), decimals(b));
  return a.unit === b.unit && Math.abs(va - vb) <= rounding + 1e-9;
}
