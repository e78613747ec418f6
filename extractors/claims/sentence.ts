/**
 * Claims of one sentence: numbers -> exclusions -> groups -> metric, unit, kind, qualifier,
 * entities. Offsets here are relative to the sentence; index.ts maps them to the abstract.
 */
import { METRIC_REGISTRY } from "../identity/metric-registry.js";
import type { Kind, Qualifier, Unit } from "../types.js";
import { withinBounds } from "../metrics.js";
import { ACCURACY_DATASETS, entityKey, knownDataset } from "../names.js";
import { findMentions, type Mention } from "./numbers.js";
import { exclusionReason } from "./exclusions.js";
import { groupMentions, type Group, type Item } from "./groups.js";
import { findMetricHits, linkMetric, type MetricChoice, type MetricHit } from "./metric.js";
import { averageAround, kindOf, qualifierBefore } from "./qualifier.js";
import {
  datasetFor,
  datasetName,
  datasetsBesideModels,
  distributeCondition,
  findBaselines,
  findConditions,
  localSubject,
  nearestSpan,
  type Span,
} from "./entities.js";
import { confidenceOf, type ConfidenceSignals } from "./confidence.js";
import { whoseNumber } from "./attribution.js";
import {
  byKind,
  findModels,
  findSettings,
  itemSpan,
  modelRun,
  sameSystem,
  settingsFor,
  spanFor,
  type ModelSpan,
  type Positions,
  type SettingsByKind,
} from "./setting.js";

export interface DraftClaim {
  value: number;
  unit: Unit | null;
  metric: string;
  kind: Kind;
  qualifier: Qualifier;
  subject: string | null;
  dataset: string | null;
  baseline: string | null;
  condition: string | null;
  /** Base model the subject ran on ("Llama 3 8B"); null when none is named or the subject is the model. */
  model: string | null;
  /** "other": the number is another system's (a baseline's, a compared model's), not the sentence subject's. */
  attribution: "own" | "other";
  /** Evidence span within the sentence. */
  start: number;
  end: number;
  confidence: number;
  /** What the confidence was computed from; the caller recomputes it when it adds what the sentence lacked. */
  signals: ConfidenceSignals;
  /** The metric is a fallback (`score` for an unnamed metric). */
  metricFallback: boolean;
}

export interface PaperContext {
  subject: string | null;
  /** Names the paper gives its own systems. */
  own: readonly string[];
  /** entityKeys of `own`. */
  ownKeys: ReadonlySet<string>;
  /** The one base model the whole abstract works with, when it names exactly one (see setting.abstractModel). */
  baseModel?: string | null;
}

/** Most mentions a sentence may contribute; bounds work on pathological input. */
const MAX_MENTIONS = 40;

// Verbs and words showing that a number reports a result rather than a setting.
const RESULT_CONTEXT =
  /\b(?:achiev\w*|attain\w*|reach\w*|obtain\w*|yield\w*|deliver\w*|improv\w*|outperform\w*|surpass\w*|exceed\w*|beat\w*|boost\w*|gains?|increas\w*|reduc\w*|decreas\w*|lower\w*|higher|faster|slower|fewer|less|more|better|sav(?:e|es|ed|ing|ings)|cuts?|speed\w*|accelerat\w*|drops?|dropp\w*|degrad\w*|relative|absolute|compared|than|vs|retain\w*|recover\w*|match\w*|scor\w*|state-of-the-art|sota|record\w*|only|enhanc\w*|perform\w*|runs?|requir\w*|uses?|using|consum\w*|costs?|result\w*|leads?\s+to|loss|margin|up\s+to|over|average)\b|\+|[<>~]/i;

// Metrics of cost rather than quality (the registry marks them): an unnamed "performance" change never inherits them.
const RESOURCE_METRICS: ReadonlySet<string> = new Set(METRIC_REGISTRY.filter((m) => m.resource).map((m) => m.name));
// Question-answering sets and exams are scored by the share answered right ("74% on TallyQA-Complex").
const QUESTION_SET = /(?:VQA|QA|MMLU|MMMU|Exam)(?:[-\s]?(?:Pro|Complex|Hard|Easy|Lite|v?\d+(?:\.\d+)?))?$/;

/** A cost metric (speed, memory, size), measured on hardware rather than on a benchmark's answers. */
export function isResourceMetric(metric: string): boolean {
  return RESOURCE_METRICS.has(metric);
}
const TIME_UNITS = new Set<Unit>(["ms", "s", "min", "h", "days"]);
const MEMORY_UNITS = new Set<Unit>(["KB", "MB", "GB", "TB"]);
const COUNT_UNITS = new Set<Unit>(["K", "M", "B", "T"]);

function fallbackMetric(
  unit: Unit | null,
  s: string,
  item: Mention,
  right: string,
  left: string,
  clauseLeft: string,
): string | null {
  const clause = `${left.slice(-80)} ${right.slice(0, 60)}`;
  if (unit === "%" || unit === "pp") {
    if (item.signed) return "score";
    // "it records 92.2% on MMBench and 80.11% on MMMU": the verb before the first result covers the rest.
    const context = `${clauseLeft.slice(-160)} ${right.slice(0, 60)}`;
    if (!RESULT_CONTEXT.test(context) && !/\bprun\w*/i.test(clause)) return null;
    // "prune ... by 20%-30%": pruning removes parameters.
    return /\bprun\w*\b[^,;]{0,80}$/i.test(left) ? "parameters" : "score";
  }
  if (unit === "x") {
    // "4x larger mini-batches" describes a setting; other unnamed factors are speedups.
    if (
      /^\s*(?:less|fewer|more)\s+(?:training\s+|labell?ed\s+)?(?:data|labels|samples|examples|annotations)\b/i.test(
        right,
      )
    )
      return "sample efficiency";
    if (/^\s*(?:larger|bigger|wider|deeper|longer|more|smaller|higher|less|fewer)\b/i.test(right)) return null;
    // "at 20x the largest budget" is a setting.
    if (/\bat\s*$/i.test(left) && /^\s+the\b/i.test(right)) return null;
    return "speedup";
  }
  if (unit !== null && TIME_UNITS.has(unit)) {
    if (/\b(?:latency|per\s+token|\/token|per\s+image|per\s+sample|per\s+step|per\s+query|response\s+time)\b/i.test(s))
      return "latency";
    if (/\b(?:train\w*|fine-tun\w*|pre-?train\w*|quantiz\w*|distill\w*|converge\w*|optimiz\w*|learn\w*)\b/i.test(s))
      return "training time";
    return "inference time";
  }
  if (unit !== null && MEMORY_UNITS.has(unit)) {
    return /\b(?:storage|model\s+size|checkpoint|disk|stor\w+)\b/i.test(clause) ? "model size" : "memory";
  }
  if (unit === "FPS" || unit === "tokens/s") return "throughput";
  if (unit === "dB") return /\bpsnr\b/i.test(s) ? "psnr" : null;
  if (unit !== null && COUNT_UNITS.has(unit)) {
    if (/^\s*(?:\w+\s+)?(?:parameters|params)\b/i.test(right)) return "parameters";
    if (/^\s*(?:\w+\s+)?(?:context|effective\s+context|context\s+length|context\s+window)/i.test(right))
      return "context length";
    if (/^\s*(?:\w+\s+)?(?:tokens|samples|examples|images)\b/i.test(right)) return "sample efficiency";
    return null;
  }
  return null;
}

/** Unit implied by the metric for a bare number ("speedup of 1.27" is a factor). */
function impliedUnit(unit: Unit | null, metric: string, left: string, value: number): Unit | null {
  if (unit !== null) return unit;
  if (metric === "speedup" || metric === "compression ratio") return "x";
  if (/\b(?:reduction|compression)\s+(?:of|by)\s*$/i.test(left) && value > 0 && value < 1) return "x";
  return null;
}

function metricForUnit(metric: string, unit: Unit | null): string {
  if (
    unit !== null &&
    TIME_UNITS.has(unit) &&
    !["latency", "inference time", "training time", "speedup"].includes(metric)
  )
    return "";
  if (unit !== null && MEMORY_UNITS.has(unit) && !["memory", "model size"].includes(metric)) return "";
  if ((unit === "FPS" || unit === "tokens/s") && metric !== "throughput") return "throughput";
  return metric;
}

// "by half", "only half the", "twice as fast", "doubling the sampling speed".
function numberWordIsResult(s: string, m: Mention, right: string): boolean {
  const before = s.slice(Math.max(0, m.start - 24), m.start);
  if (
    /\b(?:by|in|only|just|about|approximately|roughly|nearly|almost|than|effectively|over|around)\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (/^\s+as\b/i.test(right)) return true;
  if (/^\s+the\b/i.test(right) && !/^(?:half|double|triple)$/i.test(m.unitText)) return true;
  if (/^\s+the\b/i.test(right) && /\b(?:with|using|requires?|requiring|needs?|in)\s+(?:only\s+)?$/i.test(before))
    return true;
  return false;
}

function clauseStart(s: string, pos: number, floor: number): number {
  const head = s.slice(floor, pos);
  const re = /;|\b(?:while|whereas|but)\b|\.\s/g;
  let at = floor;
  for (let mt = re.exec(head); mt; mt = re.exec(head)) at = floor + mt.index + mt[0].length;
  return at;
}

interface SentenceSpans {
  datasets: Span[];
  baselines: Span[];
  conditions: Span[];
  hits: MetricHit[];
  settings: SettingsByKind;
  /** Models written as what the method ran on. */
  models: ModelSpan[];
  /** The sentence names some model (attached or not). */
  anyModel: boolean;
  allModels: readonly ModelSpan[];
  positions: Positions;
}

/** Models of one sentence (offsets in the sentence) and the abstract's base model in scope there. */
export interface SentenceModels {
  models: readonly ModelSpan[];
  baseModel: string | null;
}

/**
 * `models`: found once per abstract by the caller and asked for only when the sentence holds a candidate
 * number; without it the sentence's own models are used and no abstract-level base model.
 */
export function sentenceClaims(s: string, paperCtx: PaperContext, models?: () => SentenceModels): DraftClaim[] {
  const all = findMentions(s);
  if (all.length === 0) return [];
  const kept: Mention[] = [];
  let prev: Mention | undefined;
  for (const m of all.slice(0, MAX_MENTIONS)) {
    if (exclusionReason(s, m, prev) === null) kept.push(m);
    prev = m;
  }
  if (kept.length === 0) return [];
  const hits = findMetricHits(s);
  const conditions = findConditions(s);
  const sm = models ? models() : { models: findModels(s), baseModel: paperCtx.baseModel ?? null };
  const allModels = sm.models;
  const ctx: PaperContext =
    sm.baseModel === (paperCtx.baseModel ?? null) ? paperCtx : { ...paperCtx, baseModel: sm.baseModel };
  const spans: SentenceSpans = {
    datasets: datasetsBesideModels(s, ctx.ownKeys, hits, allModels),
    baselines: findBaselines(s),
    conditions,
    hits,
    settings: byKind(findSettings(s, conditions)),
    // "with a ResNet-34 teacher", "a GPT-4o judge": a model helping the method is not what it ran on.
    models: allModels.filter((m) => m.attached && !HELPER_ROLE.test(s.slice(m.end, m.end + 16))),
    anyModel: allModels.length > 0,
    allModels,
    positions: { starts: kept.map((m) => m.start), ends: kept.map((m) => m.end) },
  };
  const groups = groupMentions(s, kept);
  const out: DraftClaim[] = [];
  const respectively = /\brespectively\b/i.test(s);
  groups.forEach((g, gi) => {
    const leftLimit = gi > 0 ? groups[gi - 1]!.end : 0;
    const rightLimit = gi + 1 < groups.length ? groups[gi + 1]!.start : s.length;
    out.push(...groupClaims(s, g, leftLimit, rightLimit, spans, ctx, respectively));
  });
  // "saves 61.24% bandwidth on ImageNet1000, 83.68% on CIFAR100, and 42.25% on COCO": a number that only
  // adds a dataset to the one before it is the same kind of number, and measures the same thing (not after a
  // bracketed change: "67.1% (+5.3%) on AIME24, 59.5% ...").
  // Also "reducing RMSE by up to 93% on A and up to 47% on B", "gains of up to 0.8 BLEU on A and of up to 4.0
  // BLEU in B": joined by "and", or naming the same metric again, the second number is still a change.
  for (let i = 1; i < out.length; i++) {
    const d = out[i]!;
    const prevClaim = out[i - 1]!;
    if (d.kind !== "absolute" || prevClaim.kind === "absolute" || prevClaim.unit !== d.unit) continue;
    const gap = s.slice(prevClaim.end, d.start);
    const listed =
      d.metricFallback &&
      /^[^,;.\d%()]{0,40}\b(?:on|in|for)\s+(?:the\s+)?[^,;%]{1,40}?,\s*(?:and\s+|or\s+)?$/i.test(gap);
    // Joined by "and" only after a change: "reduces it to 7.3% for A and 5.7% for B" gives two levels.
    const joined =
      prevClaim.kind === "delta" && (d.metricFallback || d.metric === prevClaim.metric) && ADDS_A_DATASET.test(gap);
    if (!listed && !joined) continue;
    d.kind = prevClaim.kind;
    if (!prevClaim.metricFallback) d.metric = prevClaim.metric;
  }
  // "88.3% zero-shot and 91.1% fine-tuning accuracy on ImageNet": a number left unnamed takes the metric (and
  // dataset) of the next one of the same unit and kind when only a setting word stands between them.
  for (let i = out.length - 2; i >= 0; i--) {
    const d = out[i]!;
    const next = out[i + 1]!;
    if (!d.metricFallback || d.metric !== "score" || next.metricFallback) continue;
    if (next.unit !== d.unit || next.kind !== d.kind) continue;
    if (!/^\s*[\w-]+\s+(?:,|and|or|,\s*and)\s*$/i.test(s.slice(d.end, next.start))) continue;
    d.metric = next.metric;
    d.metricFallback = false;
    d.dataset ??= next.dataset;
    d.signals = {
      ...d.signals,
      metricFallback: false,
      inherited: true,
      datasetInSentence: d.dataset !== null,
      datasetKnown:
        d.signals.datasetKnown || (d.dataset !== null && d.dataset === next.dataset && next.signals.datasetKnown),
    };
    d.confidence = confidenceOf(d.signals);
  }
  // "improving FID by 0.34 (1.85%)": a bracketed number right after a change restates that change.
  for (let i = 1; i < out.length; i++) {
    const d = out[i]!;
    const prevClaim = out[i - 1]!;
    if (prevClaim.kind !== "delta" || d.kind !== "absolute" || d.unit !== "%") continue;
    if (!/^\s*\(\s*$/.test(s.slice(prevClaim.end, d.start)) || !/^\s*\)/.test(s.slice(d.end, d.end + 3))) continue;
    d.kind = "delta";
    d.metric = prevClaim.metric;
    d.metricFallback = prevClaim.metricFallback;
    d.signals = { ...d.signals, absolute: false, localTuple: false };
    d.confidence = confidenceOf(d.signals);
  }
  // "91.74% accuracy, which is a 1.11% improvement": an unnamed change takes the metric
  // named earlier in the same sentence for the same unit.
  for (let i = 1; i < out.length; i++) {
    const d = out[i]!;
    if (!d.metricFallback || d.metric !== "score") continue;
    const prevClaim = out[i - 1]!;
    // "7.32B (-9%)": a parenthesized change restates the claim right before it.
    const restates = d.start - prevClaim.end <= 3 && /^\s*\($/.test(s.slice(prevClaim.end, d.start));
    for (let j = i - 1; j >= 0; j--) {
      const e = out[j]!;
      const quality = !RESOURCE_METRICS.has(e.metric);
      if (!e.metricFallback && ((quality && e.unit === d.unit) || (restates && j === i - 1))) {
        d.metric = e.metric;
        break;
      }
    }
  }
  for (const d of out) {
    if (d.dataset === null || !isBound(d.kind, d.qualifier)) continue;
    d.dataset = null;
    d.signals = { ...d.signals, datasetInSentence: false, datasetKnown: false, localTuple: false };
    d.confidence = confidenceOf(d.signals);
  }
  return out;
}

// The text between two numbers that only names where the second was measured: "on A, ", "in B and (of) (up to)".
const ADDS_A_DATASET =
  /^[^,;.\d%()]{0,40}\b(?:on|in|for)\s+(?:the\s+)?(?:(?!\b(?:achiev|reach|obtain|attain|scor|while|whereas|but|with|at)\w*)[^,;%]){1,40}?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:even\s+|still\s+|further\s+)?(?:of\s+|by\s+)?(?:(?:up\s+to|over|about|nearly|roughly|approximately|around|more\s+than|almost)\s+)?$/i;
// A bound or a range end ("over 95%", "up to 96.5%", "91-95% accuracy") is no one system's level on a dataset: it
// spans settings, models or runs, so a leaderboard cannot rank it.
const BOUNDS = new Set<Qualifier>(["up_to", "at_least", "more_than", "less_than"]);
export const isBound = (kind: Kind, qualifier: Qualifier) => kind === "absolute" && BOUNDS.has(qualifier);

const HELPER_ROLE = /^[\s-]*(?:teacher|judge|verifier|critic|grader|annotator|labell?er)s?\b/i;
const COMPARISON =
  /\b(?:than|compared|comparison|baselines?|outperform\w*|surpass\w*|vs\.?|versus|previous|prior|original|oracle)\b/i;
const scored = (signals: ConfidenceSignals) => ({ signals, confidence: confidenceOf(signals) });

/** "A and B (respectively)": n names in a row after `from`, one per list item, else null. */
function respectiveSpans<T extends { start: number; end: number }>(
  s: string,
  spans: readonly T[],
  from: number,
  n: number,
): T[] | null {
  if (n < 2) return null;
  const after = spans.filter((sp) => sp.start >= from);
  for (let i = 0; i + n <= after.length; i++) {
    const run = after.slice(i, i + n);
    let ok = true;
    for (let k = 1; k < n && ok; k++)
      ok = /^\s*(?:,|and|or|,\s*and|\/)\s*$/.test(s.slice(run[k - 1]!.end, run[k]!.start));
    if (ok) return run;
  }
  return null;
}

/** The last run of n names joined by "," / "and" in the sentence, or null. */
function lastRespectiveRun<T extends { start: number; end: number }>(
  s: string,
  spans: readonly T[],
  n: number,
): T[] | null {
  let found: T[] | null = null;
  for (let from = 0, run = respectiveSpans(s, spans, from, n); run; run = respectiveSpans(s, spans, from, n)) {
    found = run;
    from = run[0]!.end;
  }
  return found;
}

/** The system a "x vs y" pair compares against: "matches Supervised Fine-Tuning (", "… for the baseline"; null if unnamed. */
function comparedSystem(before: string, after: string): string | null {
  const named =
    /\b(?:match\w*|outperform\w*|surpass\w*|beat\w*|exceed\w*|than|over|compared\s+(?:to|with)|against|versus|vs\.?|rival\w*)\s+(?:the\s+)?([A-Z][\w\-.+]*(?:\s+[A-Z][\w\-.+]*){0,3})\s*[(:]?\s*$/.exec(
      before.slice(-80),
    );
  const forIt = named?.[1]
    ? null
    : /^[^,;.()]{0,20}?\bfor\s+(?:the\s+)?([A-Z][\w\-.+]*(?:\s+[A-Z][\w\-.+]*){0,2})/.exec(after);
  const name = named?.[1] ?? forIt?.[1];
  return name ? name.replace(/[.]+$/, "") : null;
}

function groupClaims(
  s: string,
  g: Group,
  leftLimit: number,
  rightLimit: number,
  sp: SentenceSpans,
  ctx: PaperContext,
  respectively: boolean,
): DraftClaim[] {
  const { items } = g;
  const cStart = clauseStart(s, g.start, leftLimit);
  const groupMetric = linkMetric(sp.hits, s, g.start, g.end, cStart, rightLimit);
  const first = items[0]!.m;
  const groupLeft = s.slice(cStart, first.start);
  const groupQualifier = qualifierBefore(groupLeft);
  const drafts: DraftClaim[] = [];
  // Conditions for lists: "on both NVIDIA and AMD GPUs" gives one per item.
  const condSpan = nearestSpan(sp.conditions, g.start, g.end, 60, cStart, rightLimit);
  const perItemCond = condSpan && items.length > 1 ? distributeCondition(condSpan.text, items.length) : null;

  const listed = items.length > 1 && items.every((it) => it.role === "list");
  // "On A and B, ours achieves x and y, respectively, while baselines score u and v": the run of names
  // after the list, else the nearest run before it, pairs with every list of that length in the sentence.
  const respDatasets =
    respectively && listed
      ? (respectiveSpans(s, sp.datasets, g.end, items.length) ?? lastRespectiveRun(s, sp.datasets, items.length))
      : null;
  const respModels =
    respectively && listed
      ? (respectiveSpans(s, sp.models, g.end, items.length) ??
        respectiveSpans(
          s,
          sp.models.filter((md) => md.end <= g.start),
          0,
          items.length,
        ))
      : null;
  const respShots =
    respectively && listed ? respectiveSpans(s, sp.settings.get("shots") ?? [], cStart, items.length) : null;
  const respMetrics =
    respectively && listed && groupMetric ? respectiveSpans(s, sp.hits, groupMetric.hit.start, items.length) : null;

  let firstKind: Kind | null = null;
  items.forEach((it: Item, i) => {
    const m = it.m;
    const prevEnd = i > 0 ? items[i - 1]!.m.end : cStart;
    const nextStart = i + 1 < items.length ? items[i + 1]!.m.start : rightLimit;
    const own = linkMetric(sp.hits, s, m.start, m.end, prevEnd, nextStart);
    // A list item's own metric counts only when tight ("73% in inference time, 78% in computation").
    let choice: MetricChoice | null = own && (items.length === 1 || own.cost <= 2) ? own : (groupMetric ?? own);
    const respHit = respMetrics?.[i];
    if (respHit && groupMetric && choice === groupMetric)
      choice = { hit: respHit, cost: groupMetric.cost, side: groupMetric.side };
    const left = s.slice(cStart, m.start);
    const right = s.slice(m.end, rightLimit);
    let metric = choice ? choice.hit.metric : "";
    let fallback = false;
    if (choice?.hit.generic) fallback = true;
    const unitBefore = m.unit;
    metric = metric ? metricForUnit(metric, unitBefore) : "";
    // "1.42 FID in just 2 steps": a bare count of steps is the number of function evaluations, whatever metric
    // sits beside it.
    if (
      metric !== "nfe" &&
      unitBefore === null &&
      !m.word &&
      Number.isInteger(m.value) &&
      /^[\s-]*(?:(?!(?:at|in|with|of|for|and|or|to|on|per|by)\b)[\w-]+\s+)?(?:steps|NFEs?|function\s+evaluations)\b/i.test(
        right,
      )
    ) {
      metric = "nfe";
      fallback = false;
      choice = null;
    }
    if (!metric) {
      choice = null;
      const fb = fallbackMetric(unitBefore, s, m, right, left, s.slice(clauseStart(s, m.start, 0), m.start));
      if (!fb) return;
      metric = fb;
      fallback = fb === "score" || fb === "speedup";
    }
    // A bare number needs its metric right next to it, or list mates with units.
    if (unitBefore === null && !m.word) {
      const tight = choice && choice.cost <= 3;
      const mates = items.some((o) => o.m.unit !== null);
      if (!tight && !mates && metric !== "nfe") return;
    }
    if (m.word && (!choice || !numberWordIsResult(s, m, right))) return;
    if (m.word && /^\s*(?:-|descent|buffer\w*|precision|check\w*|blind)/i.test(right)) return;
    const unit = impliedUnit(unitBefore, metric, left, m.value);

    // Qualifier: ranges, then an operator right before this item, then the group's, then "average".
    let qualifier: Qualifier;
    if (it.role === "range_low") qualifier = "at_least";
    else if (it.role === "range_high") qualifier = "up_to";
    else {
      const ownQ = i > 0 ? qualifierBefore(s.slice(prevEnd, m.start)) : null;
      qualifier =
        ownQ ??
        groupQualifier ??
        (averageAround(groupLeft, s.slice(m.end, Math.min(s.length, m.end + 40))) ? "average" : "exact");
      if (qualifier === "up_to" && /\bwithin\s*$/i.test(groupLeft) && unit !== null && TIME_UNITS.has(unit))
        qualifier = "less_than";
    }
    if (m.word && /\bmore\s+than\s*$/i.test(s.slice(Math.max(0, m.start - 12), m.start))) qualifier = "more_than";

    let finalMetric = metric;
    // "an 18x -- 75x improvement in inference times": a factor that makes time better is a speedup.
    if (
      unit === "x" &&
      (metric === "inference time" || metric === "latency" || metric === "training time") &&
      /^[^,;.]{0,12}\b(?:improvement|faster|speed-?ups?|acceleration)\b/i.test(s.slice(g.end, g.end + 40))
    )
      finalMetric = "speedup";
    // List mates share what follows the list ("0.5% and 14.6% of the parameters").
    const kindRight = it.role === "list" && /^\s*(?:,|and|or)/.test(right) ? s.slice(g.end, rightLimit) : right;
    const parenthesized = s[m.start - 1] === "(" && s[m.end] === ")";
    let kind = kindOf({
      unit,
      word: m.word,
      signed: m.signed,
      left,
      right: kindRight,
      metric: finalMetric,
      pairEnd: it.role === "pair",
      parenthesized,
    });
    // List mates and a range's high end ("gains of 10.93% to 32.82%") are what the first number is.
    if (
      (it.role === "list" || it.role === "range_high") &&
      i > 0 &&
      kind === "absolute" &&
      firstKind !== null &&
      firstKind !== "absolute"
    )
      kind = firstKind;
    if (i === 0) firstKind = kind;

    // Entities.
    // "(93.9% vs 94.3% on GSM8K)": both ends of a pair are on the dataset named after it.
    const ds =
      respDatasets?.[i] ??
      datasetFor(sp.datasets, s, m.start, m.end) ??
      (it.role === "pair" ? datasetFor(sp.datasets, s, g.start, g.end) : null);
    const dataset = ds ? datasetName(ds) : null;
    // "53.3% on GSM8K": the benchmark makes plain that the unnamed metric is accuracy.
    if (
      finalMetric === "score" &&
      unit === "%" &&
      ds &&
      (ACCURACY_DATASETS.has(knownDataset(ds.text) ?? "") || QUESTION_SET.test(ds.text)) &&
      (ds.start >= m.end || m.start - ds.end < 40 || respDatasets !== null)
    )
      finalMetric = "accuracy";
    const local = localSubject(s, m.start, ctx.own, sp.allModels);
    let subject = local ?? ctx.subject;
    let baseline: string | null = null;
    if (kind !== "absolute") {
      const b = nearestSpan(sp.baselines, m.start, m.end, 80);
      if (b && (!subject || entityKey(b.text) !== entityKey(subject))) baseline = b.text;
    }
    // Base model and setting: per item for "respectively" lists, else for the whole group.
    const [from, to] = items.length > 1 ? [g.start, g.end] : [m.start, m.end];
    const clauseAt = clauseStart(s, from, 0);
    const modelSpan = respModels
      ? null
      : (itemSpan(s, sp.models, from, to, sp.positions, clauseAt, m) ??
        spanFor(s, sp.models, from, to, sp.positions, clauseAt));
    let model: string | null = respModels?.[i]?.text ?? (modelSpan ? modelRun(s, sp.models, modelSpan) : null);
    if (
      model === null &&
      !sp.anyModel &&
      ctx.baseModel &&
      (subject === null || subject === ctx.subject || ctx.ownKeys.has(entityKey(subject)))
    )
      model = ctx.baseModel;
    if (model !== null && sameSystem(model, subject, ctx.own)) model = null;
    // A benchmark paper's name is not the system scored on that benchmark: the model is ("X achieves
    // 33.3% on CurveBench-Easy" in the CurveBench paper).
    if (model !== null && subject !== null && dataset !== null && entityKey(dataset).startsWith(entityKey(subject)))
      [subject, model] = [model, null];
    const pairStart =
      it.role === "pair" &&
      i === 0 &&
      items.length === 2 &&
      /\bfrom\s*$/i.test(s.slice(Math.max(0, m.start - 12), m.start));
    const owner = whoseNumber({
      subject,
      model,
      own: ctx.own,
      paperSubject: ctx.subject,
      pairStart,
      baseline: pairStart && model === null ? (nearestSpan(sp.baselines, m.start, m.end, 80)?.text ?? null) : null,
      groupLeft: it.role === "list" || i === 0 ? groupLeft : left,
      left,
      notSystems: [...sp.hits.map((h) => s.slice(h.start, h.end)), ...(ds ? [ds.text] : [])],
    });
    ({ subject, model } = owner);
    // "MNL nearly matches Supervised Fine-Tuning (93.9% vs 94.3%)", "reaches 52.2 versus 51.9 mAP for the
    // baseline": the far end of a comparison is the compared system's, named before the pair or after it.
    if (it.role === "pair" && i === 1 && /^\s*(?:vs\.?|versus)\s*$/i.test(s.slice(items[0]!.m.end, m.start))) {
      subject = comparedSystem(s.slice(cStart, g.start), s.slice(m.end, Math.min(s.length, m.end + 60)));
      model = null;
    }
    const other = owner.other;
    const dsText = ds ? s.slice(ds.start, ds.end) : "";
    const settings = settingsFor(
      s,
      sp.settings,
      from,
      to,
      sp.positions,
      clauseAt,
      (c) =>
        (ds !== null && c.start < ds.end && c.end > ds.start) ||
        (c.cat === "resolution" && /\d\s?(?:x|×|times)\s?\d/.test(dsText)) ||
        (choice !== null &&
          c.start < choice.hit.end &&
          c.end > choice.hit.start &&
          c.cat !== "sampling" &&
          c.text !== "training set"),
      m,
    );
    const parts: string[] = [];
    for (const c of settings) {
      let text = c.text;
      if (c.cat === "hardware" && perItemCond) text = perItemCond[i] ?? text;
      if (c.cat === "shots" && respShots?.[i]) text = respShots[i]!.text;
      if (!parts.includes(text)) parts.push(text);
    }
    if (parts.length === 0 && perItemCond) parts.push(perItemCond[i] ?? "");
    const condition = parts.filter(Boolean).join(", ") || null;

    // Evidence: the number, its metric word and a qualifier phrase right before it.
    let evStart = m.start;
    let evEnd = m.end;
    if (choice) {
      evStart = Math.min(evStart, choice.hit.start);
      evEnd = Math.max(evEnd, choice.hit.end);
    }
    const qm =
      /(?:up\s+to|more\s+than|less\s+than|at\s+least|at\s+most|over|approximately|about|around|nearly|roughly|~|an?\s+average\s+of|average)\s*$/i.exec(
        s.slice(Math.max(0, evStart - 24), evStart),
      );
    if (qm) evStart -= qm[0].length;
    while (evStart < evEnd && /\s/.test(s[evStart] ?? "")) evStart++;

    drafts.push({
      value: m.value,
      unit,
      metric: finalMetric,
      kind,
      qualifier,
      subject,
      dataset,
      baseline,
      condition,
      model,
      attribution: owner.reassigned ? "other" : "own",
      start: evStart,
      end: evEnd,
      metricFallback: fallback,
      ...scored({
        metricFallback: fallback,
        metricDistance: choice ? choice.cost : 0,
        subjectNull: subject === null,
        subjectFromPaper: local === null && subject !== null && subject === ctx.subject,
        weakNumber: m.word || unitBefore === null,
        inherited: choice !== null && choice !== own,
        outOfBounds: !withinBounds(finalMetric, m.value, unit),
        datasetInSentence: dataset !== null,
        datasetFromPaper: false,
        absolute: kind === "absolute",
        respective: respDatasets !== null || respModels !== null,
        hasModel: model !== null,
        qualified: qualifier !== "exact",
        resource: RESOURCE_METRICS.has(finalMetric),
        datasetKnown: ds !== null && knownDataset(ds.text) !== undefined,
        crowded: sp.positions.starts.length > 2,
        manyModels: sp.allModels.length > 1,
        comparison: COMPARISON.test(s),
        localTuple:
          dataset !== null &&
          !fallback &&
          local !== null &&
          other === null &&
          !COMPARISON.test(s) &&
          sp.positions.starts.length <= 2,
      }),
    });
  });
  return drafts;
}
