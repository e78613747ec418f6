import type { Qualifier, Unit } from "../types.js";
import type { RejectReason } from "./types.js";

export type ParsedValue =
  | { ok: true; value: number; unit: Unit | null; qualifier: Qualifier; note: string | null }
  | { ok: false; reason: RejectReason };

// Longer than any real cell: such text is prose pasted into a value slot.
const MAX_CELL_CHARS = 200;

const DASH_ONLY = /^[-‐‑‒–—―−]+[*†‡]*$/;
const UNKNOWN = /^(?:\?+|n\/?a|none|null|unknown|tb[ad]|not reported|not available)$/i;
const NON_FINITE_WORD = /^[-+−]?(?:nan|inf|infinity|∞)$/i;
const PREFIXES: ReadonlyArray<[string, Qualifier]> = [
  ["<=", "up_to"],
  [">=", "at_least"],
  ["≤", "up_to"],
  ["≥", "at_least"],
  ["<", "less_than"],
  [">", "more_than"],
  ["~", "approx"],
  ["≈", "approx"],
  ["about ", "approx"],
  ["approx. ", "approx"],
  ["approx ", "approx"],
  ["ca. ", "approx"],
];
// Thousands groups only with exactly three digits, so "94,2" is not read as 942.
const NUMBER = /^([+\-−]?)((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/;
// Longest first; checked case-sensitively, then the lowercase magnitude letters below.
const UNIT_WORDS: ReadonlyArray<[string, Unit]> = [
  ["tokens/s", "tokens/s"],
  ["days", "days"],
  ["min", "min"],
  ["FPS", "FPS"],
  ["fps", "FPS"],
  ["KB", "KB"],
  ["MB", "MB"],
  ["GB", "GB"],
  ["TB", "TB"],
  ["ms", "ms"],
  ["dB", "dB"],
  ["pp", "pp"],
  ["%", "%"],
  ["×", "x"],
  ["x", "x"],
  ["h", "h"],
  ["s", "s"],
  ["K", "K"],
  ["M", "M"],
  ["B", "B"],
  ["T", "T"],
  ["k", "K"],
  ["m", "M"],
  ["b", "B"],
];
const MAGNITUDES: ReadonlySet<Unit> = new Set(["K", "M", "B", "T"]);

const fail = (reason: RejectReason): ParsedValue => ({ ok: false, reason });

/** The cell as text for `rawValue`: strings unchanged, numbers via String(), absent as null. */
export function rawText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  const json = JSON.stringify(raw) ?? String(raw);
  return json.length > MAX_CELL_CHARS ? `${json.slice(0, MAX_CELL_CHARS)}…` : json;
}

/**
 * A leaderboard cell as people typed it. Decisions:
 * - "63.7*", "60.9†": footnote marks; the number is exact, the mark goes to the note.
 * - "60.9+": a footnote mark too (NLP-progress uses "+" for "taken from the paper"); only after a
 *   magnitude ("10K+", "1M+") does "+" mean "at least".
 * - "43B?": uncertain, approx. "~3.4" approx, "<1" less_than, ">90" more_than, "≥"/">=" at_least, "≤"/"<=" up_to.
 * - "85.2 ± 0.3", "70.1 (measured by X)": the first number; the rest is the note.
 * - "22M", "0.46B", "1.2k", "40m": magnitude units (lowercase "m" read as million, noted).
 * - "93.0/90.7", "(32.7 32.0)": rejected, it is not clear which number belongs to the metric.
 * Never throws; runs in time linear in the cell length.
 */
export function parseTableValue(raw: unknown): ParsedValue {
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { ok: true, value: raw, unit: null, qualifier: "exact", note: null }
      : fail("NON_FINITE");
  }
  if (raw === null || raw === undefined) return fail("EMPTY_VALUE");
  if (typeof raw !== "string") return fail("WRONG_TYPE");
  if (raw.length > MAX_CELL_CHARS) return fail("NOT_A_NUMBER");
  const notes: string[] = [];
  let text = raw
    .replace(/\uFEFF/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const emphasis = /^(\*\*|__|\*|_)(.+)\1$/.exec(text);
  if (emphasis) {
    text = emphasis[2]!.trim();
    notes.push("emphasized in the source");
  }
  if (text === "") return fail("EMPTY_VALUE");
  if (DASH_ONLY.test(text)) return fail("DASH_VALUE");
  if (UNKNOWN.test(text)) return fail("UNKNOWN_VALUE");
  if (NON_FINITE_WORD.test(text)) return fail("NON_FINITE");
  if (text.startsWith("(") && text.endsWith(")")) {
    const inner = parseTableValue(text.slice(1, -1));
    if (!inner.ok && inner.reason === "NOT_A_NUMBER" && /\d/.test(text)) return fail("NOT_A_NUMBER");
    return inner;
  }

  let qualifier: Qualifier = "exact";
  for (const [prefix, q] of PREFIXES) {
    if (text.toLowerCase().startsWith(prefix)) {
      qualifier = q;
      text = text.slice(prefix.length).trimStart();
      break;
    }
  }
  const num = NUMBER.exec(text);
  if (!num || !/\d/.test(num[2]!)) return fail("NOT_A_NUMBER");
  const [whole, sign, digits] = num as unknown as [string, string, string];
  const value = Number(digits.replace(/,/g, "")) * (sign === "-" || sign === "−" ? -1 : 1);
  if (!Number.isFinite(value)) return fail("NON_FINITE");
  if (sign === "+") notes.push("written with a leading +");
  let rest = text.slice(whole.length);

  let unit: Unit | null = null;
  const afterSpace = rest.trimStart();
  for (const [word, u] of UNIT_WORDS) {
    const next = afterSpace.charAt(word.length);
    if (afterSpace.startsWith(word) && !/[A-Za-z]/.test(next)) {
      unit = u;
      if (word === "m") notes.push('"m" read as million');
      rest = afterSpace.slice(word.length);
      break;
    }
  }
  rest = rest.trim();

  // A spread ("± 0.3") is the note; checked before marks, or "+/-" would read as a "+" mark.
  if (rest.startsWith("±") || rest.startsWith("+/-") || rest.startsWith("+-")) {
    notes.push(rest);
    rest = "";
  }
  const marks = /^[*†‡+?]+/.exec(rest)?.[0];
  if (marks) {
    rest = rest.slice(marks.length).trim();
    if (marks.includes("?")) {
      if (qualifier === "exact") qualifier = "approx";
      notes.push("marked uncertain (?) in the source");
    }
    if (marks.includes("+") && unit !== null && MAGNITUDES.has(unit) && qualifier === "exact") qualifier = "at_least";
    else if (/[*†‡+]/.test(marks)) notes.push(`footnote mark ${marks.replace(/\?/g, "")} in the source`);
  }

  if (rest) {
    // A second number right after the first ("81.2/79.9", "1.2-1.5", "88 87"): which one is the metric?
    if (/^(?:[/,;:\-–]\s*|)[-−+]?\.?\d/.test(rest)) return fail("MULTIPLE_VALUES");
    notes.push(rest.startsWith("(") && rest.endsWith(")") ? rest.slice(1, -1).trim() : rest);
  }
  return { ok: true, value, unit, qualifier, note: notes.length ? notes.join("; ") : null };
}
