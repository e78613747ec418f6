import type { Qualifier, Unit } from "../types.js";
import type { RejectReason } from "./types.js";

export type ParsedValue =
  | { ok: true; value: number; unit: Unit | null; qualifier: Qualifier; note: string | null }
  | { ok: false; reason: RejectReason };

const DASHES = /^[-–—−]+\**$/;
const SUFFIX_UNIT: Record<string, Unit> = { "%": "%", K: "K", k: "K", M: "M", m: "M", B: "B", b: "B", T: "T" };
const PREFIX_QUALIFIER: Record<string, Qualifier> = { "~": "approx", "≈": "approx", "<": "less_than", "≤": "less_than", "<=": "less_than", ">": "more_than", "≥": "at_least", ">=": "at_least" };
// A number with thousands separators or a decimal part, an optional suffix unit, then what may trail it.
const CELL = /^(~|≈|<=|>=|<|>|≤|≥)?\s*([-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-−]?\d*\.?\d+(?:[eE][-+]?\d+)?)\s*(%|[KkMmBbT](?![a-z]))?\s*(.*)$/s;

/**
 * A leaderboard cell as people typed it: "77.1%", "60.9+", "63.7*", "22M", "0.46B", "**81.2**",
 * "85.2 ± 0.3", "2,345", "~3.4", "<1", "-", "", "Please tell us". Never throws.
 */
export function parseCellValue(raw: unknown): ParsedValue {
  if (typeof raw === "number") return Number.isFinite(raw) ? { ok: true, value: raw, unit: null, qualifier: "exact", note: null } : { ok: false, reason: "NON_FINITE" };
  if (typeof raw !== "string") return { ok: false, reason: raw === null || raw === undefined ? "EMPTY_VALUE" : "NOT_A_NUMBER" };
  let text = raw.replace(/^\uFEFF/, "").trim();
  const notes: string[] = [];
  // Markdown emphasis marks the best result in a column; the number is what counts.
  if (/^\*\*.*\*\*$/.test(text)) {
    text = text.slice(2, -2).trim();
    notes.push("bold in the source");
  }
  if (text === "") return { ok: false, reason: "EMPTY_VALUE" };
  if (DASHES.test(text)) return { ok: false, reason: "DASH_VALUE" };
  if (/^\(?\s*[-−]?\d[\d.,]*\s*(?:\/|\s)\s*[-−]?\d/.test(text)) return { ok: false, reason: "MULTIPLE_VALUES" };
  const m = CELL.exec(text);
  if (!m) return { ok: false, reason: "NOT_A_NUMBER" };
  const [, prefix, digits, suffix, restRaw] = m;
  let rest = (restRaw ?? "").trim();
  const value = Number(digits!.replace(/,/g, "").replace("−", "-"));
  if (!Number.isFinite(value)) return { ok: false, reason: "NON_FINITE" };
  let qualifier: Qualifier = prefix ? PREFIX_QUALIFIER[prefix]! : "exact";
  // Footnote and "extra" marks after the number.
  const marks = /^([*†‡+?]+)/.exec(rest);
  if (marks) {
    if (marks[1]!.includes("?") && qualifier === "exact") qualifier = "approx";
    notes.push(`marked ${marks[1]} in the source`);
    rest = rest.slice(marks[1]!.length).trim();
  }
  if (rest.startsWith("±") || rest.startsWith("+/-")) {
    notes.push(rest);
    rest = "";
  }
  if (rest) {
    // A second number ("81.2/79.9", "(88.1 87.2)") is ambiguous: which one is the metric?
    if (/^[/(]?\s*[-−]?\d/.test(rest) || /^\/\s*\d/.test(rest)) return { ok: false, reason: "MULTIPLE_VALUES" };
    notes.push(rest);
  }
  const unit = suffix ? SUFFIX_UNIT[suffix]! : null;
  if (suffix === "m") notes.push('"m" read as million');
  return { ok: true, value, unit, qualifier, note: notes.length ? notes.join("; ") : null };
}
