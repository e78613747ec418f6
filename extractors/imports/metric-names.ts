import { lookupMetricAlias, metricByName } from "../metrics.js";

// Split words leaderboards put into metric names; kept as the claim's condition so splits never merge.
const SPLIT = /\b(test|dev|development|val|validation|challenge|train|hidden test)\b/i;
const LOWER_IS_BETTER = /\b(error|loss|perplexity|ppl|latency|time|cost|memory|params|parameters|flops|wer|cer|per|eer|fid|lpips|rmse|mae|mse|distance|size)\b/i;

export interface MetricName {
  metric: string;
  direction: "higher" | "lower" | null;
  split: string | null;
}

/**
 * A table's metric header to a registry metric: "TEST-EM" -> exact match on the test split,
 * "Top 1 Accuracy" -> top-1 accuracy. A header the registry does not know exactly keeps its own
 * (lowercased) name: guessing a near metric would merge numbers that are not comparable.
 */
export function canonicalMetricName(header: string): MetricName {
  const text = header.replace(/\s+/g, " ").trim();
  const splitMatch = SPLIT.exec(text);
  const split = splitMatch ? splitMatch[1]!.toLowerCase().replace("development", "dev").replace("validation", "val") : null;
  const rest = splitMatch ? text.replace(SPLIT, " ").replace(/^[\s\-_:/]+|[\s\-_:/]+$/g, "").replace(/\s*[-_]\s*/g, " ").trim() : text;
  const candidates = [rest, rest.replace(/\s+/g, "-"), rest.replace(/(\D)\s*(\d)/g, "$1-$2"), text];
  for (const c of candidates) {
    if (!c) continue;
    const hit = metricByName(c) ?? lookupMetricAlias(c) ?? ALIASES[c.toLowerCase()];
    const entry = typeof hit === "string" ? metricByName(hit) : hit;
    if (entry && entry.name !== "score") return { metric: entry.name, direction: entry.direction, split };
  }
  // A column named only by its split ("Test") holds the benchmark's main score on that split.
  if (!rest && split) return { metric: "score", direction: "higher", split };
  const own = (rest || text).toLowerCase().slice(0, 100);
  return { metric: own, direction: LOWER_IS_BETTER.test(own) ? "lower" : null, split };
}

// Leaderboard spellings the text-oriented registry aliases do not cover.
const ALIASES: Record<string, string> = {
  em: "exact match",
  "exact match": "exact match",
  f1: "f1",
  "f1 score": "f1",
  "f1-score": "f1",
  "top 1 accuracy": "top-1 accuracy",
  "top 5 accuracy": "top-5 accuracy",
  "number of params": "parameters",
  params: "parameters",
  "bleu score": "bleu",
  "rouge l": "rouge-l",
  "rouge 1": "rouge-1",
  "rouge 2": "rouge-2",
  auc: "auc",
  "roc auc": "auc",
};
