import type { ClaimOut } from "../../../contracts/claims";
import type { FlagRef } from "../../../contracts/flags";
import { withUnit } from "../../../extractors/unit-text";

type Qualifier = ClaimOut["qualifier"];
type Direction = ClaimOut["direction"];

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/** A no-break space between a value and its unit ("12 ms"), so a narrow column never splits them. */
const UNIT_STYLE = { space: "\u00a0" };

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "85.2%", "4.86×", "12 ms", "2.27" (no unit). */
function formatValueWithUnit(value: number, unit: string | null): string {
  return withUnit(formatNumber(value), unit, UNIT_STYLE);
}

const QUALIFIER_PREFIX: Record<Qualifier, string> = {
  exact: "",
  up_to: "up to ",
  average: "avg. ",
  at_least: "≥\u00a0",
  more_than: ">\u00a0",
  less_than: "<\u00a0",
  approx: "≈\u00a0",
};

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "exact",
  up_to: "up to",
  average: "average",
  at_least: "at least",
  more_than: "more than",
  less_than: "less than",
  approx: "approximately",
};

/** The value as the paper stated it: "up to 4.86×", "≈ 80%", "2.27". */
export function formatClaimValue(value: number, unit: string | null, qualifier: string): string {
  return `${(QUALIFIER_PREFIX as Record<string, string>)[qualifier] ?? ""}${formatValueWithUnit(value, unit)}`;
}

/** "up_to" → "up to"; qualifiers are strings on leaderboard entries, so unknown ones pass through. */
export function qualifierWords(q: string): string {
  return (QUALIFIER_WORDS as Record<string, string>)[q] ?? q.replace(/_/g, " ");
}

const METRIC_NAMES: Record<string, string> = {
  fid: "FID",
  fvd: "FVD",
  fad: "FAD",
  is: "IS",
  bleu: "BLEU",
  "rouge-l": "ROUGE-L",
  "rouge-1": "ROUGE-1",
  "rouge-2": "ROUGE-2",
  meteor: "METEOR",
  cider: "CIDEr",
  psnr: "PSNR",
  ssim: "SSIM",
  lpips: "LPIPS",
  "si-sdr": "SI-SDR",
  wer: "WER",
  cer: "CER",
  per: "PER",
  eer: "EER",
  auc: "AUC",
  map: "mAP",
  ap: "AP",
  miou: "mIoU",
  iou: "IoU",
  f1: "F1",
  "clip score": "CLIP score",
  "pass@1": "pass@1",
  "pass@k": "pass@k",
};

/** Canonical metric names are lowercase ("fid", "top-1 accuracy"); show them as papers write them. */
export function metricLabel(metric: string): string {
  const known = METRIC_NAMES[metric];
  if (known) return known;
  return metric.charAt(0).toUpperCase() + metric.slice(1);
}

export function directionArrow(direction: Direction): string {
  return direction === "lower" ? "↓" : "↑";
}

export function directionWords(direction: Direction): string {
  return direction === "lower" ? "lower is better" : "higher is better";
}

/** "2023-11-02" → "2 Nov 2023" (dates are calendar dates: formatted in UTC so they never shift a day). */
export function formatDate(date: string | null): string {
  if (!date) return "undated";
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function formatConfidence(c: number): string {
  return `${Math.round(c * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** An API message as a sentence: "paper 7 not found" → "Paper 7 not found." */
export function sentence(message: string): string {
  const m = message.trim();
  if (!m) return m;
  return `${m.charAt(0).toUpperCase()}${m.slice(1)}${/[.!?]$/.test(m) ? "" : "."}`;
}

/**
 * The value as the paper wrote it ("2.10", not 2.1), with its unit and qualifier: the stored
 * `valueText` when there is one, else the number.
 */
export function formatStated(
  value: number,
  valueText: string | null | undefined,
  unit: string | null,
  qualifier: string,
): string {
  const n = valueText?.trim() ? valueText.trim() : formatNumber(value);
  return `${(QUALIFIER_PREFIX as Record<string, string>)[qualifier] ?? ""}${withUnit(n, unit, UNIT_STYLE)}`;
}

/** A relative claim as written: "0.29" (a delta; the sentence says which way), "4.86×" (a ratio). */
export function formatRelative(
  value: number,
  valueText: string | null,
  unit: string | null,
  qualifier: string,
  kind: string,
): string {
  return formatStated(value, valueText, unit ?? (kind === "ratio" ? "x" : null), qualifier);
}

type FlagCode = FlagRef["code"];

/** Every flag code in words; typed against the API so a new code fails the typecheck until it is named here. */
export const FLAG_WORDS: Record<FlagCode, string> & Record<string, string | undefined> = {
  CONFLICT: "papers disagree",
  SCALE_MISMATCH: "scale mismatch",
  OUT_OF_RANGE: "out of range",
  SOTA_CONTRADICTED: "SOTA contradicted",
  INTERNAL: "inconsistent within paper",
  LOW_CONFIDENCE: "low confidence",
  DUPLICATE: "duplicate",
  INFEASIBLE: "impossible on this test set",
  OUTLIER: "far ahead of the board",
  NAME_CLASH: "one name, two systems?",
};

export const FLAG_CODES = Object.keys(FLAG_WORDS) as FlagCode[];
const SEVERITY_ORDER: Record<FlagRef["severity"], number> = { high: 0, medium: 1, low: 2 };
export const FLAG_SEVERITIES = Object.keys(SEVERITY_ORDER) as FlagRef["severity"][];
const STATUS_ORDER: Record<FlagRef["status"], number> = { open: 0, resolved: 1, dismissed: 2 };
export const FLAG_STATUSES = Object.keys(STATUS_ORDER) as FlagRef["status"][];
