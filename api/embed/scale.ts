/** Axis helpers for the server-rendered charts: nice ticks, date ticks, number labels, text widths. */
import { withUnit } from "../../extractors/unit-text.js";

export interface LinearScale {
  lo: number;
  hi: number;
  ticks: number[];
  step: number;
  /** Maps a value to a pixel between `from` and `to`. */
  at(v: number): number;
}

/**
 * A linear scale with round-numbered ticks. `pad` widens the data range by that fraction on each side
 * (not past zero when the data does not cross it); the domain ends at the padded data, not at a tick,
 * so no room is wasted.
 */
export function linearScale(
  min: number,
  max: number,
  from: number,
  to: number,
  targetTicks: number,
  options: { includeZero?: boolean; pad?: number } = {},
): LinearScale {
  let lo = options.includeZero ? Math.min(0, min) : min;
  let hi = options.includeZero ? Math.max(0, max) : max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (hi <= lo) {
    const d = Math.abs(lo) * 0.1 || 1;
    lo -= d;
    hi += d;
  }
  const pad = (hi - lo) * (options.pad ?? 0);
  lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
  hi = hi <= 0 && hi + pad > 0 ? 0 : hi + pad;
  const raw = (hi - lo) / Math.max(1, targetTicks);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw * 0.999) ?? 10 * mag;
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  const span = hi - lo;
  return { lo, hi, ticks, step, at: (v) => from + ((v - lo) / span) * (to - from) };
}

const formatters = new Map<number, Intl.NumberFormat>();
function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    formatters.set(decimals, f);
  }
  return f;
}

/** A tick label with as many decimals as the step needs. */
export function formatTick(v: number, step: number): string {
  let decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  while (decimals < 6 && !Number.isInteger(Number((step * 10 ** decimals).toPrecision(12)))) decimals++;
  return formatter(decimals).format(v === 0 ? 0 : v);
}

/** A measured value: the number as the paper wrote it when known, else up to 4 significant digits. */
export function formatValue(value: number, valueText: string | null, unit: string | null): string {
  const n = valueText ?? (Math.abs(value) >= 1000 ? formatter(0).format(value) : String(Number(value.toPrecision(4))));
  return withUnit(n, unit);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240];

export interface DateTick {
  x: number;
  label: string;
}

/** Ticks on month boundaries (or years), at most `maxTicks` of them, between two timestamps (ms). */
export function dateTicks(lo: number, hi: number, maxTicks: number): DateTick[] {
  const a = new Date(lo);
  const b = new Date(hi);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) + 1;
  const step = MONTH_STEPS.find((s) => months / s <= Math.max(1, maxTicks)) ?? MONTH_STEPS.at(-1)!;
  let y = a.getUTCFullYear();
  let m = a.getUTCMonth();
  const ticks: DateTick[] = [];
  for (let guard = 0; guard < 5000; guard++) {
    const t = Date.UTC(y, m, 1);
    if (t > hi) break;
    const index = y * 12 + m;
    if (t >= lo && index % step === 0) {
      ticks.push({ x: t, label: step >= 12 ? String(y) : m === 0 && step > 1 ? String(y) : `${MONTHS[m]} ${y}` });
    }
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  return ticks;
}

/** Estimated width of a text in the charts' font (DejaVu Sans / Verdana are about 0.6 em a character). */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[ilI.,:;'|!]/.test(ch) ? 0.32 : /[mwMW@%]/.test(ch) ? 0.9 : /[A-Z]/.test(ch) ? 0.7 : 0.6;
  return w * fontSize;
}

/** Cuts a text with an ellipsis so it fits `maxWidth`. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${chars.slice(0, mid).join("")}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : `${chars.slice(0, lo).join("").trimEnd()}…`;
}
