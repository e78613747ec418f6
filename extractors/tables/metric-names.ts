import { resolveMetric } from "../identity/metrics.js";
import { lookupTextMetricAlias } from "../metrics.js";

/**
 * A table's metric header -> metric identity (family + variant, see identity/metrics.ts) + what qualifies it:
 *   "TEST-EM" -> exact match, split "test"; "ANS-F1" -> f1, modifier "answer";
 *   "EM (Quasar-T)" -> exact match, modifier "quasar-t"; "SemEval 2007" -> "semeval 2007" (own name).
 * Variants are different metrics: "R@1" and "R@10", "Macro-F1" and "Micro-F1", "AP", "AP50" and "APS",
 * "SSIM" and "MS-SSIM" columns of one row never share a metric; splits stay out of the metric.
 * A header that names no known metric keeps its own lowercased name: guessing a near metric would merge
 * numbers that are not comparable. Output names are fixed points: mapping `metric` again gives itself.
 */
export interface MetricHeader {
  metric: string;
  direction: "higher" | "lower" | null;
  /** "test", "dev", "val", "challenge", "train" when the header names one. */
  split: string | null;
  /** What else the header says about the number ("answer", "average over 14 labels"). */
  modifier: string | null;
}

interface Known {
  metric: string;
  direction?: "higher" | "lower" | null;
  modifier?: string;
}

// Leaderboard spellings the registry (built for abstracts) does not cover; keys are normalized headers.
const LEADERBOARD_NAMES: Record<string, Known> = {
  em: { metric: "exact match" },
  "exact match": { metric: "exact match" },
  "f1 score": { metric: "f1" },
  "f 1": { metric: "f1" },
  "top 1 accuracy": { metric: "top-1 accuracy" },
  "top 5 accuracy": { metric: "top-5 accuracy" },
  "top1 accuracy": { metric: "top-1 accuracy" },
  "percentage correct": { metric: "accuracy" },
  "% accuracy": { metric: "accuracy" },
  "percentage error": { metric: "error rate" },
  "number of params": { metric: "parameters" },
  "# params": { metric: "parameters" },
  "bleu score": { metric: "bleu" },
  "bit per character": { metric: "bits per byte" },
  "bits per character": { metric: "bits per byte" },
  "rouge l": { metric: "rouge-l" },
  "rouge 1": { metric: "rouge-1" },
  "rouge 2": { metric: "rouge-2" },
  "average auc on 14 label": { metric: "auc", modifier: "average over 14 labels" },
  "elo rating": { metric: "elo" },
  exact_match: { metric: "exact match" },
  // Own names whose direction is known from the leaderboard, so they are not left without one.
  "num rads below curve": { metric: "num rads below curve", direction: "higher" },
  "model entropy": { metric: "model entropy", direction: "lower" },
  las: { metric: "las", direction: "higher" },
  uas: { metric: "uas", direction: "higher" },
  smatch: { metric: "smatch", direction: "higher" },
  gleu: { metric: "gleu", direction: "higher" },
  "f0.5": { metric: "f0.5", direction: "higher" },
  "bleu-1": { metric: "bleu-1", direction: "higher" },
  "bleu-4": { metric: "bleu-4", direction: "higher" },
};

// Registry aliases meant for running text that, as a column header, name a sub-benchmark or a slot
// ("Data", "Price" in a dialogue-state table) rather than the metric.
const LOOSE_ALIASES = new Set([
  "data",
  "samples",
  "tokens",
  "training data",
  "labeled data",
  "annotation",
  "annotations",
  "demonstrations",
  "performance",
  "results",
  "gain",
  "improvement",
  "weights",
  "storage",
  "power",
  "speed",
  "compression",
  "faster",
  "acceleration",
  "price",
  "dollars",
  "return",
  "sr",
  "compute",
  "computation",
  // Words the registry reads as an unnamed score, too vague to pick the metric out of a longer header.
  "average",
  "avg",
  "avg.",
  "overall",
  "mean",
  "total",
  "all",
  "success",
  "time",
  "size",
]);

// Prefix abbreviations of multi-part leaderboards (HotpotQA) spelled out, so the condition reads.
const MODIFIER_WORDS: Record<string, string> = { ans: "answer", sup: "supporting facts", avg: "average" };

const SPLITS: Record<string, string> = {
  test: "test",
  dev: "dev",
  development: "dev",
  val: "val",
  validation: "val",
  valid: "val",
  challenge: "challenge",
  train: "train",
  training: "train",
};
/** "validation" -> "val", "Test" -> "test"; other split names lowercased as they are ("test_matched"). */
export function normalizeSplit(split: string): string {
  const t = split.trim().toLowerCase();
  return SPLITS[t] ?? t;
}

const SPLIT_ONLY = /^(?:test|dev|development|validation|valid|val|challenge|train|training)$/i;
const SPLIT_AT_EDGE =
  /^(test|dev|development|validation|valid|val|challenge|training|train)\b[\s\-_:]*|[\s\-_:]*\b(test|dev|development|validation|valid|val|challenge|training|train)$/i;

const LOWER_WORDS =
  /\b(?:error|errors|err|loss|perplexity|ppl|entropy|bpc|bpb|params?|parameters|time|latency|memory|size|flops|macs|cost|distance|wer|cer|mse|mae|rmse)\b/;
const HIGHER_WORDS =
  /\b(?:correlation|pearson|pearsonr|spearman|spearmanr|acc|accuracy|correct|f\d(?:\.\d+)?|f-\d|precision|recall|hits@\d+|p@\d+%?|r@\d+|r_\d+@\d+|score|bleu(?:-\d)?|rouge|meteor|auc|map|mrr|em|exact|smatch)\b/;

/** Lowercase, single spaces, "_" as a space, footnote marks and surrounding punctuation off. */
function normalizeHeader(header: string): string {
  return header
    .replace(/\uFEFF/g, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .replace(/[*†‡]+$/g, "")
    .replace(/^[\s"'`:;,.]+|[\s"'`:;,]+$/g, "")
    .trim();
}

function known(text: string): Known | undefined {
  const key = normalizeHeader(text);
  if (!key) return undefined;
  const own = LEADERBOARD_NAMES[key];
  if (own) return own;
  if (LOOSE_ALIASES.has(key)) return undefined;
  // The identity first ("R@10" -> recall@10, "Macro-F1" -> macro-f1, "AP50" -> ap50), then the spellings
  // abstracts use for a family ("test accuracy").
  const id = resolveMetric(key);
  if (id.known) return { metric: id.name, direction: id.direction };
  const entry =
    lookupTextMetricAlias(key) ??
    lookupTextMetricAlias(key.replace(/\s*-\s*/g, " ")) ??
    lookupTextMetricAlias(key.replace(/ /g, "-"));
  return entry ? { metric: resolveMetric(entry.name).name, direction: entry.direction } : undefined;
}

function directionOf(k: Known): "higher" | "lower" | null {
  if (k.direction !== undefined) return k.direction;
  const same = known(k.metric);
  if (same?.direction) return same.direction;
  if (LOWER_WORDS.test(k.metric)) return "lower";
  if (HIGHER_WORDS.test(k.metric)) return "higher";
  return null;
}

const modifierText = (words: string) =>
  normalizeHeader(words)
    .split(" ")
    .map((w) => MODIFIER_WORDS[w] ?? w)
    .join(" ") || null;

const joinModifiers = (...parts: (string | null | undefined)[]) =>
  parts.filter((p): p is string => !!p).join(", ") || null;

/** The metric part alone, or split into a known metric and the words around it ("F1 Newswire"). */
function resolveBase(base: string): { known: Known; modifier: string | null } | null {
  const whole = known(base);
  if (whole) return { known: whole, modifier: whole.modifier ?? null };
  const words = base.split(/[\s\-_]+/).filter(Boolean);
  // Longest known run at either end wins: "N-gram F1" -> f1 + "n gram", "F1 Full" -> f1 + "full".
  for (let n = words.length - 1; n >= 1; n--) {
    const tail = known(words.slice(words.length - n).join(" "));
    if (tail)
      return {
        known: tail,
        modifier: joinModifiers(tail.modifier, modifierText(words.slice(0, words.length - n).join(" "))),
      };
    const head = known(words.slice(0, n).join(" "));
    if (head) return { known: head, modifier: joinModifiers(head.modifier, modifierText(words.slice(n).join(" "))) };
  }
  return null;
}

const headerCache = new Map<string, MetricHeader>();

export function mapMetricHeader(header: string): MetricHeader {
  const hit = headerCache.get(header);
  if (hit) return { ...hit };
  const out = mapHeader(header);
  if (headerCache.size > 20_000) headerCache.clear();
  headerCache.set(header, out);
  return { ...out };
}

function mapHeader(header: string): MetricHeader {
  const text = header
    .replace(/\uFEFF/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // "Bit per Character (BPC)", "EM (Quasar-T)": a trailing parenthesis is an abbreviation or a setting.
  const paren = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  // "% Test Accuracy": the percent sign only says how the column is written.
  let base = (paren ? paren[1]!.trim() : text).replace(/^%\s*/, "");
  let inParen = paren ? paren[2]!.trim() : null;

  // The split comes off first: the registry folds "test accuracy" into accuracy, and splits must not merge.
  let split: string | null = null;
  // "Accuracy (Test)", "mAP (Val)": a parenthesis naming only a split.
  if (inParen && SPLIT_ONLY.test(inParen)) {
    split = SPLITS[inParen.toLowerCase()] ?? null;
    inParen = null;
  }
  const edge = SPLIT_AT_EDGE.exec(base);
  // "Training Time (s)": the word belongs to the metric's own name, it names no split.
  const ownWord = edge && known(base)?.metric.includes((edge[1] ?? edge[2])!.toLowerCase());
  if (edge && !split && !ownWord) {
    split = SPLITS[(edge[1] ?? edge[2])!.toLowerCase()] ?? null;
    base = (base.slice(0, edge.index) + base.slice(edge.index + edge[0].length)).trim();
  }
  if (!split) {
    const direct = known(text);
    if (direct)
      return { metric: direct.metric, direction: directionOf(direct), split: null, modifier: direct.modifier ?? null };
  }

  const resolved = base ? resolveBase(base) : null;
  if (resolved) {
    const parenMeansSame =
      inParen !== null && (known(inParen)?.metric === resolved.known.metric || isAcronymOf(inParen, base));
    const parenModifier = inParen && !parenMeansSame ? normalizeHeader(inParen) : null;
    return {
      metric: resolved.known.metric,
      direction: directionOf(resolved.known),
      split,
      modifier: joinModifiers(resolved.modifier, parenModifier),
    };
  }
  // A column named only by its split ("Test") holds the leaderboard's main number on that split.
  if (!base && split && !inParen) return { metric: "score", direction: null, split, modifier: null };
  const own =
    normalizeHeader(split ? [base, inParen ? `(${inParen})` : ""].join(" ") : text).slice(0, 100) ||
    normalizeHeader(text) ||
    "unnamed metric";
  return { metric: own, direction: directionOf({ metric: own }), split, modifier: null };
}

// "Weighted Accuracy (WAA)": the parenthesis only abbreviates what precedes it.
function isAcronymOf(abbr: string, words: string): boolean {
  const letters = abbr.replace(/[^A-Za-z]/g, "").toLowerCase();
  if (letters.length < 2) return false;
  const initials = words
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toLowerCase())
    .join("");
  return initials === letters || initials.startsWith(letters) || letters.startsWith(initials);
}
