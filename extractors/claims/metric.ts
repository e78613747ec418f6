/**
 * Metric detection: every registry alias is compiled into one matcher, run once per sentence
 * that holds a candidate number; each number then takes the closest hit linked to it by a short
 * connector ("4.86x speedup", "FID of 2.27", "reduces memory by 40%", "13.5% reduction in WER").
 */
import { METRICS, lookupMetricAlias } from "../metrics.js";
import { knownDataset } from "../names.js";
import { escapeRegExp } from "../regex-escape.js";

export interface MetricHit {
  start: number;
  end: number;
  metric: string;
  /** Named only by a generic word ("performance", "gain"): falls back to `score`. */
  generic: boolean;
}

// Short aliases that are also English words or common abbreviations only count when written
// with a capital ("PER", "IS", "mAP", "EM").
const NEEDS_CAPITAL = new Set([
  "per",
  "is",
  "em",
  "sr",
  "ap",
  "map",
  "mae",
  "nq",
  "return",
  "data",
  "power",
  "ter",
  "ade",
  "fde",
  "ari",
  "ece",
  "nmi",
  "mcc",
  "epe",
]);
// Words so generic they only name a metric when nothing better is near.
const GENERIC = new Set(["score", "scores", "performance", "results", "gain", "improvement"]);
// Aliases that are too vague to stand alone in an abstract sentence; kept in the registry for look-ups.
// "a 5% loss in performance" is a change word, not the loss metric: only named losses match.
const NOT_MATCHED = new Set([
  "loss",
  "power",
  "return",
  "data",
  "weights",
  "speed",
  "errors",
  "results",
  "gain",
  "improvement",
  "error",
  "storage",
  "parameter",
  "samples",
]);

interface AliasInfo {
  metric: string;
  generic: boolean;
  needsCapital: boolean;
}

const aliasInfo = new Map<string, AliasInfo>();
for (const e of METRICS) {
  for (const a of [e.name, ...e.aliases]) {
    const key = a.toLowerCase();
    if (NOT_MATCHED.has(key) || aliasInfo.has(key)) continue;
    aliasInfo.set(key, {
      metric: e.name,
      generic: GENERIC.has(key),
      needsCapital: NEEDS_CAPITAL.has(key) || key.length <= 2,
    });
  }
}
// Words for metric concepts that are not registry aliases but map onto one.
const EXTRA: Array<[string, string]> = [
  ["error", "error rate"],
  ["speed", "speedup"],
  ["speeds", "speedup"],
  ["storage", "model size"],
  ["training steps", "training time"],
  ["training tokens", "sample efficiency"],
  ["communication", "communication volume"],
  ["communication volume", "communication volume"],
  ["communication cost", "communication volume"],
  ["communication overhead", "communication volume"],
  ["gpu throughputs", "throughput"],
  ["roc-auc", "auc"],
  ["mean reciprocal rank", "mrr"],
];
for (const [a, metric] of EXTRA)
  if (!aliasInfo.has(a)) aliasInfo.set(a, { metric, generic: false, needsCapital: false });

const ALIAS_RE = new RegExp(
  `(?<![A-Za-z0-9@\\-])(${[...aliasInfo.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![A-Za-z0-9@]|-(?:[a-z]))`,
  "gi",
);

/** All metric mentions of a sentence, left to right, without overlaps. */
export function findMetricHits(s: string): MetricHit[] {
  const hits: MetricHit[] = [];
  ALIAS_RE.lastIndex = 0;
  for (let mt = ALIAS_RE.exec(s); mt; mt = ALIAS_RE.exec(s)) {
    const text = mt[1] ?? "";
    const info = aliasInfo.get(text.toLowerCase());
    if (!info) continue;
    if (info.needsCapital && text === text.toLowerCase()) continue;
    // "the text-based reward model": a model named for what it predicts, not the reward metric.
    if (
      info.metric === "reward" &&
      /^[\s-]+(?:models?|modell?ing|functions?|hacking|signals?|shaping)\b/i.test(
        s.slice(mt.index + text.length, mt.index + text.length + 14),
      )
    )
      continue;
    // "90.5% routing accuracy", "96% labeling accuracy": the accuracy of a step around the task (routing a question,
    // labelling data, judging answers) is a metric of its own, kept as written, not the benchmark's accuracy.
    if (info.metric === "accuracy" && /^accuracy$/i.test(text)) {
      const step = OTHER_TARGET.exec(s.slice(Math.max(0, mt.index - 24), mt.index));
      if (step) {
        const start = mt.index - step[0].length;
        hits.push({ start, end: mt.index + text.length, metric: `${step[1]!.toLowerCase()} accuracy`, generic: false });
        continue;
      }
    }
    // "per-token", "per sample": the preposition, not the phoneme error rate.
    hits.push({ start: mt.index, end: mt.index + text.length, metric: info.metric, generic: info.generic });
  }
  // Acronyms measured as "a 9% reduction in NMVE": an unknown metric named by its acronym.
  UNKNOWN_ACRONYM.lastIndex = 0;
  for (let mt = UNKNOWN_ACRONYM.exec(s); mt; mt = UNKNOWN_ACRONYM.exec(s)) {
    const name = mt[1] ?? "";
    const start = mt.index + mt[0].length - name.length;
    if (hits.some((h) => h.start <= start && h.end > start)) continue;
    hits.push({ start, end: start + name.length, metric: name.toLowerCase(), generic: false });
  }
  // "6% cons@32", "maj@8": an unknown metric written with @k; "Pass@8", "nDCG@5" name their family.
  AT_K.lastIndex = 0;
  for (let mt = AT_K.exec(s); mt; mt = AT_K.exec(s)) {
    if (hits.some((h) => h.start <= mt!.index && h.end > mt!.index)) continue;
    hits.push({ start: mt.index, end: mt.index + mt[0].length, metric: atKMetric(mt[0]), generic: false });
  }
  // "an FNIR of 0.3%", "RPD = 2.07": an acronym the registry does not know, named as what the number measures.
  ACRONYM_OF.lastIndex = 0;
  for (let mt = ACRONYM_OF.exec(s); mt; mt = ACRONYM_OF.exec(s)) {
    const name = mt[1] ?? "";
    if (NOT_METRIC_ACRONYM.test(name) || knownDataset(name)) continue;
    if (hits.some((h) => h.start <= mt!.index && h.end > mt!.index)) continue;
    hits.push({ start: mt.index, end: mt.index + name.length, metric: name.toLowerCase(), generic: false });
  }
  // "22.0% mCE": an m-prefixed acronym (mean of a metric) right after a number.
  M_ACRONYM.lastIndex = 0;
  for (let mt = M_ACRONYM.exec(s); mt; mt = M_ACRONYM.exec(s)) {
    const start = mt.index + mt[0].length - (mt[1] ?? "").length;
    if (hits.some((h) => h.start <= start && h.end > start)) continue;
    hits.push({ start, end: start + (mt[1] ?? "").length, metric: (mt[1] ?? "").toLowerCase(), generic: false });
  }
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

const OTHER_TARGET =
  /\b(routing|router|labell?ing|annotation|selection|attribution|refusal|format(?:ting)?|judge|judging|grading|parsing|tool-call|defen[cs]e|accepted|selective)\s+$/i;
const ACRONYM_OF =
  /(?<![\w\-@])([A-Z][A-Za-z]?[A-Z]{1,5}\d?)(?=\s*(?:of|=|:)\s*(?:only\s+|just\s+|about\s+|approximately\s+|~|≈)?\d)/g;
// Acronyms of fields, hardware, model kinds and tasks: never what a number measures.
const NOT_METRIC_ACRONYM =
  /^(?:LLMs?|VLMs?|MLLMs?|LVLMs?|SLMs?|LMs?|GPUs?|CPUs?|TPUs?|NPUs?|NVIDIA|AMD|AI|ML|NLP|CV|RL|CNNs?|RNNs?|GNNs?|DNNs?|MoE|SFT|RLHF|DPO|GRPO|PPO|API|APIs|QA|VQA|OCR|ASR|TTS|MT|NMT|OOD|IID|KV|FP\d+|BF16|INT\d|SOTA|SoTA|USD|GB|MB|TB|RAM|VRAM|HBM|CoT|ICL|RAG|IoT|UAV|AUV|EEG|ECG|MRI|CT|PET|DNA|RNA|COVID|US|UK|EU|ID)$/;

const AT_K = /(?<![A-Za-z0-9@])[a-z]{2,8}@\d{1,3}(?:\.\d{1,2})?(?![\w@]|\.\d)/gi;
const TEXT_FAMILY_NAMES = new Set(METRICS.map((e) => e.name));

/** The text family of a metric written with a cutoff, when the registry knows it; else the spelling itself. */
function atKMetric(written: string): string {
  const entry = lookupMetricAlias(written);
  const family = entry?.family ?? entry?.name;
  if (family && TEXT_FAMILY_NAMES.has(family)) return family;
  return written.toLowerCase();
}
const M_ACRONYM = /[\d%]\s(m[A-Z][A-Za-z]{1,5})(?![\w-])/g;
const UNKNOWN_ACRONYM =
  /\b(?:reduction|improvement|increase|decrease|gains?|drop)s?\s+(?:in|of|on)\s+(?:the\s+)?((?:m|[A-Z])[A-Z]{1,6}(?:@\d+)?)(?![A-Za-z0-9-])/g;

/** Word count of a connector; Infinity when it crosses a clause or holds another claim-like token. */
function connectorCost(rawGap: string, side: "left" | "right"): number {
  // Parenthetical definitions do not break the link: "Phoneme Error Rate (PER) of 2.65%".
  const gap = rawGap.replace(/\s*\([^()]{1,30}\)/g, "").replace(/^\s*\)/, " ");
  if (gap.length > 60) return Infinity;
  if (/[;]|\.\s|\bwhile\b|\bwhereas\b|\bbut\b/.test(gap)) return Infinity;
  if (side === "right" && /[,)]|\d/.test(gap)) return Infinity;
  // Right connectors are modifiers ("relative reduction in", "higher"), never a new phrase.
  if (side === "right" && RIGHT_STOP.test(gap) && !/^\s*on\s+(?:the\s+)?average\s*$/i.test(gap)) return Infinity;
  if (side === "right" && /^\s*(?:of|of\s+the|of\s+its|of\s+their)\s*$/i.test(gap)) return 0;
  if (side === "left" && /\)/.test(gap)) return Infinity;
  if (side === "left" && /,\s*(?:and|while|which|with|achieving|reaching|yielding|resulting|leading)\b/.test(gap))
    return Infinity;
  const words = gap.trim() === "" ? 0 : gap.trim().split(/\s+/).length;
  const limit = side === "right" ? 4 : 7;
  if (words > limit) return Infinity;
  // Left connectors must end like "of", "by", "=", ":", "is", "at" or be adjacent ("Boolq accuracy 90.6%").
  if (
    side === "left" &&
    words > 0 &&
    !/(?:\bof|\bby|=|:|\bis|\bwas|\bat|\bto|\bfrom|\breaches|\breach|\breaching|\bachieves?|\bachieving|\bscores?|\bwith|\bup to|\bover|\bthan|\bapproximately|\babout|\bonly|\bnearly|\baround|\broughly|\bmore than|\bless than|\b(?:as|a)?\s*(?:much|low|high)\s+as|\bfactor of|\bwithin|\bof only|\bjust|~|\(|\balmost|\bestimated|\baverage|\bbelow|\babove|\bunder|\bexceeding|\bdown to)\s*$/i.test(
      gap,
    )
  )
    return Infinity;
  return side === "right" ? words : words + 0.5;
}

const RIGHT_STOP =
  /\b(?:and|or|across|for|on|with|at|under|when|using|to|from|over|than|while|by|compared|that|which|is|are|was|were|we|our|without|within|after|before|per|via|through|as|can|could|while)\b/i;

export interface MetricChoice {
  hit: MetricHit;
  cost: number;
  side: "left" | "right";
}

/**
 * The metric hit linked to the span [from, to) of the sentence, looking left no further than
 * `leftLimit` and right no further than `rightLimit` (the neighbouring numbers).
 */
export function linkMetric(
  hits: readonly MetricHit[],
  s: string,
  from: number,
  to: number,
  leftLimit: number,
  rightLimit: number,
): MetricChoice | null {
  let best: MetricChoice | null = null;
  for (const h of hits) {
    let choice: MetricChoice | null = null;
    if (h.start >= to && h.end <= rightLimit) {
      const cost = connectorCost(s.slice(to, h.start), "right");
      if (cost !== Infinity) choice = { hit: h, cost, side: "right" };
    } else if (h.end <= from && h.start >= leftLimit) {
      const cost = connectorCost(s.slice(h.end, from), "left");
      if (cost !== Infinity) choice = { hit: h, cost, side: "left" };
    }
    if (!choice) continue;
    // "1.45x latency speedup": in a chain of metric words the head noun "speedup" wins.
    if (choice.side === "right") {
      const next = hits.find((o) => o.start > h.end && /^\s+$/.test(s.slice(h.end, o.start)) && o.end <= rightLimit);
      if (next && next.metric === "speedup") choice = { hit: next, cost: choice.cost, side: "right" };
    }
    // A generic word loses to any named metric in reach.
    const eff = choice.cost + (h.generic ? 3 : 0);
    const bestEff = best ? best.cost + (best.hit.generic ? 3 : 0) : Infinity;
    if (eff < bestEff) best = choice;
  }
  return best;
}
