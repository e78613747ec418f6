/**
 * Rule-based claim extractor: abstract -> Claim[] following claims-gold/GUIDELINES.md.
 * Pure and synchronous: no network, no database, bounded work per abstract.
 */
import type { Claim, ClaimExtractor, PaperText } from "../types.js";
import { entityKey, knownDataset } from "../names.js";
import { cleanAbstract, splitSentences, toRawSpan, type CleanText, type Sentence } from "./text.js";
import { datasetsBesideModels, paperNames } from "./entities.js";
import { findMetricHits } from "./metric.js";
import { datasetKey, introducedBenchmark, soleDataset, type DatasetMention } from "./paper-dataset.js";
import { taskFor, taskIn } from "./task.js";
import { isBound, isResourceMetric } from "./sentence.js";
import { confidenceOf, type ConfidenceSignals } from "./confidence.js";
import { sentenceClaims, type PaperContext, type SentenceModels } from "./sentence.js";
import { abstractModel, findModels, sameSystem, type ModelSpan } from "./setting.js";

const RULES_VERSION = "1.3.7";

/** Most claims one abstract may yield (real abstracts have < 30). */
const MAX_CLAIMS = 200;

// A sentence speaks about the paper's own system when it says so.
const SELF_REFERENCE =
  /\b(?:we|our|ours|us|this\s+(?:paper|work|study|method|approach|model|framework)|the\s+proposed|proposed)\b/i;
// Motivation: sentences about the field or a problem before the paper introduces itself.
const MOTIVATION =
  /\b(?:however|challeng\w*|bottleneck\w*|suffer\w*|lead(?:s|ing)?\s+to|caus\w*|typically|often|existing|current(?:ly)?|previous|prior|traditional|conventional|surveyed|studies|motivat\w*|overheads?|problem\w*|issues?|limitation\w*|may)\b/i;

function mentionsSubject(sentence: string, subject: string | null): boolean {
  return subject !== null && subject.length > 1 && sentence.toLowerCase().includes(subject.toLowerCase());
}

const TRAINED_ON =
  /\b(?:pre-?train\w*|train\w*|fine-?tun\w*|initiali[sz]\w*|distill\w*|learn\w*)\s+(?:[\w-]+\s+){0,3}?(?:on|from|with|using)\s+(?:the\s+|large-scale\s+|generic\s+|standard\s+|public\s+)*$/i;

export function extractClaims(paper: PaperText): Claim[] {
  return extractScoredClaims(paper).claims;
}

/** Claims with the signals their confidence was computed from (for fitting the confidence model). */
export interface ScoredClaims {
  claims: Claim[];
  signals: ConfidenceSignals[];
}

export function extractScoredClaims(paper: PaperText): ScoredClaims {
  try {
    return extract(paper);
  } catch {
    // Garbage input must never take the caller down; a failure here means "no claims".
    return { claims: [], signals: [] };
  }
}

function extract(paper: PaperText): ScoredClaims {
  const abstract = typeof paper.abstract === "string" ? paper.abstract : "";
  if (!/\d|half|doubl|twice|tripl|fold|hour|minute/i.test(abstract)) return { claims: [], signals: [] };
  const ct: CleanText = cleanAbstract(abstract);
  const title = typeof paper.title === "string" ? cleanAbstract(paper.title).text : "";
  const names = paperNames(title, ct.text);
  // A benchmark the paper introduces is where its numbers were measured, not a system that scored them.
  const benchmark = introducedBenchmark(title);
  const benchKey = benchmark === null ? null : datasetKey(benchmark);
  const ownNames = benchKey === null ? names.own : names.own.filter((n) => !datasetKey(n).startsWith(benchKey));
  const subject =
    names.subject !== null && benchKey !== null && datasetKey(names.subject).startsWith(benchKey)
      ? null
      : names.subject;
  const ctx: PaperContext = {
    subject,
    own: ownNames,
    ownKeys: new Set(ownNames.map(entityKey)),
    baseModel: null,
  };
  // Models are found once over the abstract, and only when some sentence holds a candidate number: one
  // named alone, as what the paper builds on, is the base of the own claims written from there on.
  let models: ModelSpan[] | null = null;
  let base: { text: string; from: number } | null = null;
  const modelsOf = (sent: Sentence) => (): SentenceModels => {
    if (models === null) {
      models = findModels(ct.text);
      const b = abstractModel(models);
      base = b !== null && !sameSystem(b.text, subject, names.own) ? b : null;
    }
    return {
      models: models
        .filter((m) => m.start >= sent.start && m.end <= sent.end)
        .map((m) => ({ ...m, start: m.start - sent.start, end: m.end - sent.start })),
      baseModel: base !== null && sent.end > base.from ? base.text : null,
    };
  };
  const claims: Claim[] = [];
  const signals: ConfidenceSignals[] = [];
  let introduced = false;
  const sentences = splitSentences(ct.text);
  // Every dataset the abstract names, looked for only when some result lacks one (most abstracts: none).
  const mentionsOf = (): DatasetMention[] => {
    const mentions: DatasetMention[] = benchmark === null ? [] : [{ text: benchmark, key: benchKey! }];
    for (const sent of sentences) {
      for (const d of datasetsBesideModels(
        sent.text,
        ctx.ownKeys,
        findMetricHits(sent.text),
        modelsOf(sent)().models,
      )) {
        // "pre-trained on ImageNet", "ImageNet-pretrained", "frozen ImageNet backbones": where a model learned,
        // not where it was scored.
        if (
          TRAINED_ON.test(sent.text.slice(Math.max(0, d.start - 40), d.start)) ||
          /^[\s-]*(?:pre-?train(?:ed|ing)|initiali[sz]ed|weights|backbones?|features|initiali[sz]ation|checkpoints?)\b/i.test(
            sent.text.slice(d.end, d.end + 18),
          )
        )
          continue;
        const key = datasetKey(d.text);
        // "CurveBench-Easy" in the CurveBench paper is a split of the benchmark already counted.
        if (benchKey !== null && key.startsWith(benchKey)) continue;
        mentions.push({ text: d.text, key });
      }
    }
    return mentions;
  };
  for (const sent of sentences) {
    const self = SELF_REFERENCE.test(sent.text) || mentionsSubject(sent.text, subject);
    if (self) introduced = true;
    if (!/\d|half|halv|doubl|twice|tripl|fold|hour|minute|day/i.test(sent.text)) continue;
    // Numbers in the motivation before the paper speaks about itself describe the field, not a system.
    if (!introduced && !self && MOTIVATION.test(sent.text)) continue;
    for (const d of sentenceClaims(sent.text, ctx, modelsOf(sent))) {
      const [start, end] = toRawSpan(ct, sent.start + d.start, sent.start + d.end);
      claims.push({
        value: d.value,
        unit: d.unit,
        metric: d.metric,
        kind: d.kind,
        qualifier: d.qualifier,
        subject: d.subject,
        dataset: d.dataset,
        baseline: d.baseline,
        condition: isResourceMetric(d.metric)
          ? d.condition
          : withTask(d.condition, taskFor(d.dataset, sent.text, d.start, title)),
        model: d.model,
        attribution: d.attribution,
        evidence: abstract.slice(start, end),
        start,
        end,
        confidence: d.confidence,
      });
      signals.push(d.signals);
      if (claims.length >= MAX_CLAIMS) return withPaperDataset(claims, signals, mentionsOf, title);
    }
  }
  return withPaperDataset(claims, signals, mentionsOf, title);
}

/** A condition with the task added, unless it names one already. */
function withTask(condition: string | null, task: string | null): string | null {
  if (task === null || (condition !== null && taskIn(condition) !== null)) return condition;
  return condition ? `${task}, ${condition}` : task;
}

/** Quality results the sentence left without a dataset take the abstract's only one. */
function withPaperDataset(
  claims: Claim[],
  signals: ConfidenceSignals[],
  mentionsOf: () => DatasetMention[],
  title: string,
): ScoredClaims {
  const open = (c: Claim) => c.dataset === null && !isResourceMetric(c.metric) && !isBound(c.kind, c.qualifier);
  if (!claims.some(open)) return { claims, signals };
  const sole = soleDataset(mentionsOf());
  if (sole === null) return { claims, signals };
  claims.forEach((c, i) => {
    if (!open(c)) return;
    c.dataset = sole;
    c.condition = withTask(c.condition, taskFor(sole, "", 0, title));
    signals[i] = { ...signals[i]!, datasetFromPaper: true, datasetKnown: knownDataset(sole) !== undefined };
    c.confidence = confidenceOf(signals[i]!);
  });
  return { claims, signals };
}

export const ruleExtractor: ClaimExtractor = {
  name: "rules",
  version: RULES_VERSION,
  extract: (paper: PaperText) => extractClaims(paper),
};
