/**
 * Number tokenization on cleaned sentence text: numerals with their unit ("4.86x",
 * "2.6times", "53.3%", "1.2M", "0.108s", "64,865x"), factor prefixes ("x30"), and the number
 * words the guidelines count as results ("half", "doubling", "twice", "one hour").
 */
import type { Unit } from "../types.js";

export interface Mention {
  /** Span of number plus unit within the sentence. */
  start: number;
  end: number;
  /** Span of the numeral itself. */
  numStart: number;
  numEnd: number;
  value: number;
  unit: Unit | null;
  /** The unit as written ("times", "%", "B", "hours"), "" when none. */
  unitText: string;
  /** Written as a word ("half", "twice"): a weaker signal. */
  word: boolean;
  /** Signed explicitly with + or -. */
  signed: "" | "+" | "-";
}

// A numeral not glued to a word on its left ("Llama2", "W4A8", "v1.5", "CIFAR10/100", "@10").
// A sign counts only after space or an opening bracket, so "20%-30%" stays a range.
const NUMERAL = /(?:(?<=^|[\s([:=])([+\-−]))?(?<![A-Za-z0-9_./@#^'’])(\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d+)(\.\d+)?/g;

// Units, tried in order at the end of a numeral (sticky). Multi-letter units first so "GB"
// is not read as "G" + "B".
const UNIT_AFTER =
  /(\s?%|\s?percent\b)|(\s?(?:percentage points?|pp|p\.p\.|points?|pts)\b)|(\s?(?:×|[xX](?![A-Za-z0-9])|times\b|-?fold\b)|times\b)|(\s?(?:KB|MB|GB|TB|GiB|MiB|TiB|Gb|Mb|G)\b(?!-))|(\s?(?:ms|milliseconds?|msec)\b)|(\s?(?:tokens?\/s|tok\/s|tokens per second)\b)|(\s?(?:FPS|fps)\b)|(\s?dB\b)|(\s?(?:seconds?|secs?|s)\b(?!-?[A-Za-z]))|(\s?(?:minutes?|mins?)\b)|(\s?(?:hours?|hrs?|h)\b)|(\s?days?\b)|([kK](?![A-Za-z0-9])|\s(?:thousand)\b)|(M(?![A-Za-z0-9])|\s(?:million)\b)|(B(?![A-Za-z0-9])|\s(?:billion)\b)|(T(?![A-Za-z0-9])|\s(?:trillion)\b)/y;

const UNIT_BY_GROUP: readonly Unit[] = [
  "%",
  "pp",
  "x",
  "GB",
  "ms",
  "tokens/s",
  "FPS",
  "dB",
  "s",
  "min",
  "h",
  "days",
  "K",
  "M",
  "B",
  "T",
];

function memoryUnit(text: string): Unit {
  const t = text.trim().toUpperCase();
  if (t.startsWith("K")) return "KB";
  if (t.startsWith("M")) return "MB";
  if (t.startsWith("T")) return "TB";
  return "GB";
}

// "x30 fewer parameters": a factor written before the number.
const FACTOR_PREFIX = /(?<![A-Za-z0-9])[x×](\d+(?:\.\d+)?)(?![\w.])/g;

const NUMBER_WORDS =
  /\b(half|halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|twice|tripl(?:e|es|ed|ing)|threefold|twofold|fourfold|tenfold)\b/gi;
const WORD_VALUES: Record<string, number> = {
  half: 0.5,
  halv: 0.5,
  doubl: 2,
  twice: 2,
  tripl: 3,
  threefold: 3,
  twofold: 2,
  fourfold: 4,
  tenfold: 10,
};

const SMALL_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const WORD_DURATION =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\b/gi;

function parseNumeral(int: string, frac: string | undefined): number {
  return Number(int.replace(/,/g, "") + (frac ?? ""));
}

/** All number mentions of a sentence, in text order. */
export function findMentions(s: string): Mention[] {
  const out: Mention[] = [];
  NUMERAL.lastIndex = 0;
  for (let mt = NUMERAL.exec(s); mt; mt = NUMERAL.exec(s)) {
    const sign = mt[1] ?? "";
    const int = mt[2] ?? "";
    const numStart = mt.index + sign.length;
    const numEnd = mt.index + mt[0].length;
    // Thousands separators only make sense without a decimal part glued to a list ("0.3%, 1.1%").
    const value = parseNumeral(int, mt[3]);
    if (!Number.isFinite(value)) continue;
    let unit: Unit | null = null;
    let unitText = "";
    UNIT_AFTER.lastIndex = numEnd;
    const um = UNIT_AFTER.exec(s);
    if (um) {
      for (let g = 1; g < um.length; g++) {
        if (um[g] !== undefined) {
          unit = UNIT_BY_GROUP[g - 1] ?? null;
          if (unit === "GB") unit = memoryUnit(um[g] ?? "");
          unitText = um[0];
          break;
        }
      }
    }
    out.push({
      start: mt.index,
      end: numEnd + unitText.length,
      numStart,
      numEnd,
      value: sign === "-" || sign === "−" ? -value : value,
      unit,
      unitText: unitText.trim(),
      word: false,
      signed: sign === "+" ? "+" : sign ? "-" : "",
    });
  }
  FACTOR_PREFIX.lastIndex = 0;
  for (let mt = FACTOR_PREFIX.exec(s); mt; mt = FACTOR_PREFIX.exec(s)) {
    const v = Number(mt[1]);
    const end = mt.index + mt[0].length;
    // Skip "3x3" kernels and resolutions: the prefix form is used before a word.
    if (/^\s*[×x]?\d/.test(s.slice(end, end + 2)) || out.some((o) => o.start < end && o.end > mt!.index)) continue;
    out.push({
      start: mt.index,
      end,
      numStart: mt.index + 1,
      numEnd: end,
      value: v,
      unit: "x",
      unitText: "x",
      word: false,
      signed: "",
    });
  }
  NUMBER_WORDS.lastIndex = 0;
  for (let mt = NUMBER_WORDS.exec(s); mt; mt = NUMBER_WORDS.exec(s)) {
    const w = (mt[1] ?? "").toLowerCase();
    const key = Object.keys(WORD_VALUES).find((k) => w.startsWith(k));
    if (!key) continue;
    const end = mt.index + mt[0].length;
    out.push({
      start: mt.index,
      end,
      numStart: mt.index,
      numEnd: end,
      value: WORD_VALUES[key] ?? 0,
      unit: "x",
      unitText: w,
      word: true,
      signed: "",
    });
  }
  WORD_DURATION.lastIndex = 0;
  for (let mt = WORD_DURATION.exec(s); mt; mt = WORD_DURATION.exec(s)) {
    const n = SMALL_NUMBERS[(mt[1] ?? "").toLowerCase()] ?? 0;
    const u = (mt[2] ?? "").toLowerCase();
    const unit: Unit = u.startsWith("h") ? "h" : u.startsWith("m") ? "min" : "days";
    const numEnd = mt.index + (mt[1] ?? "").length;
    out.push({
      start: mt.index,
      end: mt.index + mt[0].length,
      numStart: mt.index,
      numEnd,
      value: n,
      unit,
      unitText: mt[2] ?? "",
      word: true,
      signed: "",
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
