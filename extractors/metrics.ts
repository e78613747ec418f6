import { z } from "zod";
import { METRIC_REGISTRY, type MetricSpec } from "./identity/metric-registry.js";
import { metricFacts, resolveMetric } from "./identity/metrics.js";
import type { MetricIdentity } from "./identity/types.js";
import { UnitSchema, type Unit } from "./types.js";

/**
 * The metric registry as the rest of the code sees it. Facts (direction, unit, bounds, scale, display)
 * live in identity/metric-registry.ts; identity (family + variant: "recall@10", "macro-f1", "ap50") is
 * resolved by identity/metrics.ts.
 *
 * `METRICS` seeds the database `metrics` table, and the rule extractor compiles its `aliases` into its
 * metric matcher (an alias is any surface form an abstract uses; lowercase; matched case-insensitively
 * on word boundaries). Text claims carry the *family* of claims-gold/GUIDELINES.md, so the text aliases
 * of a family include the spellings of its variants ("r@10" -> recall, "macro-f1" -> f1, "ap50" -> ap),
 * and every registry variant of a text family is listed after the families, claimed by its family's
 * aliases so the matcher never outputs a variant. The variant is resolved when a claim is keyed
 * (`metricVariantFromText`). Every entry's `name` is what `resolveMetric` returns for it.
 */
const MetricEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  direction: z.enum(["higher", "lower"]),
  unit: UnitSchema.nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  description: z.string(),
  /** The family this metric is a variant of (its own name for a family). */
  family: z.string().min(1).optional(),
  /** How people write it ("Recall@10", "mIoU"). */
  display: z.string().min(1).optional(),
});
export type MetricEntry = z.infer<typeof MetricEntrySchema>;

const ROW = new Map(METRIC_REGISTRY.map((s) => [s.name, s]));

function entryOf(
  s: Pick<MetricSpec, "name" | "family" | "display" | "direction" | "unit" | "min" | "max" | "description">,
  aliases: string[] = [],
): MetricEntry {
  return {
    name: s.name,
    aliases,
    direction: s.direction,
    unit: s.unit,
    min: s.min,
    max: s.max,
    description: s.description,
    family: s.family,
    display: s.display,
  };
}

function entryOfIdentity(id: MetricIdentity): MetricEntry {
  const description =
    ROW.get(id.name)?.description ?? `${id.display} (variant of ${ROW.get(id.family)?.display ?? id.family}).`;
  return entryOf({ ...id, unit: (id.unit as Unit | null) ?? null, description });
}

/** A text family and the surface forms the rule extractor matches for it. Facts come from the registry. */
const t = (name: string, aliases: string[]): { name: string; aliases: string[] } => ({ name, aliases });

// Text families, in matching priority (the first registration of an alias wins; `score` last).
const TEXT_FAMILIES = [
  t("accuracy", [
    "accuracy",
    "accuracies",
    "acc",
    "acc.",
    "classification accuracy",
    "test accuracy",
    "zero-shot accuracy",
    "predictive accuracy",
    "exact accuracy",
    "linear probing accuracy",
  ]),
  t("top-1 accuracy", ["top-1 accuracy", "top-1 acc", "top-1", "top1 accuracy", "top1", "top-1 acc."]),
  t("top-5 accuracy", ["top-5 accuracy", "top-5", "top5 accuracy"]),
  t("error rate", [
    "error rate",
    "error",
    "errors",
    "test error",
    "top-1 error",
    "classification error",
    "error rates",
  ]),
  t("f1", ["f1", "f1 score", "f1-score", "f-score", "f-measure", "macro-f1", "micro-f1"]),
  t("exact match", ["exact match", "em"]),
  t("precision", ["precision"]),
  t("recall", ["recall", "recall@1", "recall@5", "recall@10", "r@1", "r@10", "sensitivity"]),
  t("auc", ["auc", "auroc", "roc-auc", "roc auc", "au-roc"]),
  t("map", ["map", "map50", "map@50", "box ap", "mean average precision"]),
  t("ap", ["ap", "ap50", "average precision"]),
  t("miou", ["miou", "mean iou"]),
  t("iou", ["iou"]),
  t("dice", ["dice", "dice coefficient", "dice score", "dsc"]),
  t("bleu", ["bleu", "bleu score", "sacrebleu"]),
  t("rouge-l", ["rouge-l", "rougel"]),
  t("rouge-1", ["rouge-1", "rouge1", "rouge"]),
  t("rouge-2", ["rouge-2", "rouge2"]),
  t("meteor", ["meteor"]),
  t("cider", ["cider"]),
  t("perplexity", ["perplexity", "ppl", "perplexities"]),
  t("bits per byte", ["bits per byte", "bpb", "bits-per-byte", "bpc", "bits per character"]),
  t("loss", ["loss", "validation loss", "test loss", "training loss"]),
  t("wer", ["wer", "word error rate", "word error rates"]),
  t("cer", ["cer", "character error rate"]),
  t("per", ["per", "phoneme error rate"]),
  t("eer", ["eer", "equal error rate"]),
  t("fid", ["fid", "fid score", "frechet inception distance", "fréchet inception distance"]),
  t("is", ["inception score"]),
  t("fvd", ["fvd", "fvd score", "frechet video distance"]),
  t("fad", ["fad", "frechet audio distance"]),
  t("clip score", ["clip score", "clipscore", "clip-score"]),
  t("psnr", ["psnr"]),
  t("ssim", ["ssim", "ms-ssim"]),
  t("lpips", ["lpips"]),
  t("si-sdr", ["si-sdr", "si-snr", "sdr", "sdri", "si-sdri"]),
  t("pass@1", ["pass@1"]),
  t("pass@k", ["pass@k", "pass@10", "pass@100", "pass@5"]),
  t("win rate", ["win rate", "win-rate", "win rates", "length-controlled win rate", "lc win rate"]),
  t("success rate", [
    "success rate",
    "success rates",
    "task success",
    "task-completion rate",
    "completion rate",
    "task success rate",
    "sr",
    "success",
  ]),
  t("reward", ["reward", "return", "episode return", "rewards"]),
  t("elo", ["elo", "elo rating"]),
  t("utilization", [
    "codebook utilization",
    "codebook usage",
    "gpu utilization",
    "utilization",
    "hardware utilization",
  ]),
  t("mrr", ["mrr", "mean reciprocal rank"]),
  t("ndcg", ["ndcg", "ndcg@10"]),
  t("rmse", ["rmse", "root mean squared error"]),
  t("mae", ["mean absolute error", "absolute error", "mae"]),
  t("abs rel", ["abs rel", "absrel", "abs. rel"]),
  t("sq rel", ["sq rel", "sqrel", "sq. rel"]),
  t("similarity", ["similarity", "speaker similarity", "sim-o", "spk-sim"]),
  t("mse", ["mse", "mean squared error"]),
  t("speedup", [
    "speedup",
    "speed-up",
    "speedups",
    "speed up",
    "speeds up",
    "faster",
    "acceleration",
    "accelerate",
    "accelerates",
    "accelerating",
    "accelerated",
    "inference speed",
    "training speed",
    "speed",
    "convergence speed",
    "faster convergence",
    "faster training",
    "faster inference",
    "wall-clock speedup",
    "end-to-end speedup",
    "decoding speed",
    "faster decoding",
    "generation speed",
    "sampling speed",
  ]),
  t("throughput", [
    "throughput",
    "throughputs",
    "tokens per second",
    "tokens/s",
    "fps",
    "frames per second",
    "samples per second",
  ]),
  t("latency", [
    "latency",
    "latencies",
    "time to first token",
    "ttft",
    "time-to-first-token",
    "per-token latency",
    "decoding latency",
  ]),
  t("inference time", [
    "inference time",
    "inference cost",
    "runtime",
    "run time",
    "running time",
    "inference times",
    "generation time",
    "decoding time",
    "execution time",
    "wall-clock time",
  ]),
  t("training time", [
    "training time",
    "training cost",
    "training steps",
    "training iteration time",
    "gpu hours",
    "gpu-hours",
    "training compute time",
    "fine-tuning time",
    "pre-training time",
    "time cost",
    "training iterations",
  ]),
  t("memory", [
    "memory",
    "memory usage",
    "memory footprint",
    "memory consumption",
    "memory cost",
    "memory overhead",
    "gpu memory",
    "vram",
    "peak memory",
    "kv cache",
    "kv cache size",
    "kv-cache",
    "cache size",
    "optimizer memory",
    "memory requirement",
    "activation memory",
    "storage",
  ]),
  t("parameters", [
    "parameters",
    "params",
    "parameter count",
    "trainable parameters",
    "learnable parameters",
    "parameter",
    "weights",
  ]),
  t("flops", [
    "flops",
    "flop",
    "gflops",
    "tflops",
    "macs",
    "compute",
    "computation",
    "computations",
    "computational cost",
    "computational complexity",
    "computational overhead",
    "compute cost",
    "pre-training compute",
    "training compute",
    "training flops",
    "inference flops",
    "training budget",
    "compute budget",
    "computational budget",
  ]),
  t("energy", ["energy", "energy consumption", "power consumption", "power", "energy efficiency"]),
  t("cost", [
    "cost",
    "costs",
    "api cost",
    "api calls",
    "llm calls",
    "hardware resources",
    "dollars",
    "price",
    "monetary cost",
  ]),
  t("model size", ["model size", "storage size", "checkpoint size", "disk space", "model sizes"]),
  t("compression ratio", ["compression ratio", "compression", "compression rate"]),
  t("sample efficiency", [
    "sample efficiency",
    "data efficiency",
    "training tokens",
    "tokens",
    "samples",
    "training data",
    "annotation",
    "annotations",
    "labeled data",
    "data",
    "demonstrations",
  ]),
  t("batch size", ["batch size", "batch sizes"]),
  t("context length", ["context length", "context window", "effective context length"]),
  t("nfe", ["nfe", "nfes", "function evaluations", "sampling steps", "denoising steps"]),
  t("score", ["score", "scores", "performance", "results", "gain", "improvement"]),
];

/**
 * Registry metrics outside the GUIDELINES list that the text extractor may name as they are ("an NDS of
 * 0.80", "46.0% AMOTA", "BD-rate reductions of 19.29%"): acronyms that are not English words. Other rows
 * (ADD, AR, UAS, coverage...) stay out of the text matcher.
 */
const TEXT_OWN = [
  "auprc",
  "nds",
  "amota",
  "hota",
  "mota",
  "idf1",
  "bd-rate",
  "cldice",
  "fpr95",
  "kid",
  "mindcf",
  "pesq",
  "stoi",
  "bpp",
  "hits@1",
  "hits@3",
  "hits@10",
  "mce",
  "hd95",
  "failure rate",
  "collision rate",
  "hallucination rate",
  "r2",
  "pauc",
  "mape",
  "smape",
  "ade",
  "fde",
  "mpjpe",
  "epe",
  "rouge-lsum",
  "bertscore",
  "chrf",
  "ter",
  "comet",
  "attack success rate",
  "mcc",
  "kappa",
  "spearman",
  "pearson",
  "kendall",
  "nmi",
  "ari",
  "ece",
  "brier score",
];

/**
 * Registry spellings safe to match in prose: written with a digit, "@", "^" or a hyphen, or longer than
 * two words' worth of letters, so that English words ("sim", "rms", "secs") never name a metric.
 */
function proseSafe(alias: string): boolean {
  if (/[()%]/.test(alias)) return false;
  return /[\d@^²-]/.test(alias) || alias.length >= 6;
}

function build(): MetricEntry[] {
  const families = TEXT_FAMILIES.map(({ name, aliases }) => {
    const row = ROW.get(name);
    if (!row) throw new Error(`text metric ${name} is not in the registry`);
    return { row, aliases: [...aliases] };
  });
  const familyNames = new Set(families.map((f) => f.row.name));
  // Registry variants of a text family: their names match in text as the family.
  const variants: MetricSpec[] = [];
  for (const s of METRIC_REGISTRY) {
    if (familyNames.has(s.name) || !familyNames.has(s.family)) continue;
    const fam = families.find((f) => f.row.name === s.family)!;
    // "mAP@0.5", "F1-macro": a variant's written forms name its family in text; the variant is resolved at keying.
    for (const a of [s.name, ...s.aliases.filter(proseSafe)]) if (!fam.aliases.includes(a)) fam.aliases.push(a);
    variants.push(s);
  }
  const own = TEXT_OWN.map((name) => resolveMetric(name)).filter(
    (id) => id.known && !familyNames.has(id.name) && !familyNames.has(id.family),
  );
  const ownAliases = (name: string) => (ROW.get(name)?.aliases ?? []).filter(proseSafe);
  const score = families.filter((f) => f.row.name === "score");
  const rest = families.filter((f) => f.row.name !== "score");
  return [
    ...rest.map((f) => entryOf(f.row, f.aliases)),
    ...own.map((id) => ({ ...entryOfIdentity(id), aliases: ownAliases(id.name) })),
    ...score.map((f) => entryOf(f.row, f.aliases)),
    ...variants.map((s) => entryOf(s)),
  ];
}

export const METRICS: readonly MetricEntry[] = build();

/** The family names text claims use (the GUIDELINES list and the few others the matcher knows): for prompts. */
export const METRIC_FAMILIES: readonly string[] = METRICS.filter((e) => e.family === e.name).map((e) => e.name);

/** Every registry metric, variants and domain metrics included (for seeding facts of table imports). */
export const ALL_METRICS: readonly MetricEntry[] = [
  ...METRICS,
  ...METRIC_REGISTRY.filter((s) => !METRICS.some((e) => e.name === s.name)).map((s) => entryOf(s)),
];

const byName = new Map<string, MetricEntry>(ALL_METRICS.map((e) => [e.name, e]));

/** Normalized form used for alias look-ups: lowercase, single spaces, no surrounding punctuation. */
function normalizeMetricText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .replace(/^[^a-z0-9@]+|[^a-z0-9@+%.]+$/g, "")
    .trim();
}

const byTextAlias = new Map<string, MetricEntry>();
for (const e of METRICS) {
  for (const a of [e.name, ...e.aliases]) {
    const key = normalizeMetricText(a);
    // First registration wins: more specific metrics are listed before `score`.
    if (!byTextAlias.has(key)) byTextAlias.set(key, e);
  }
}

/** The entry of a stored metric name: a registry metric or a variant the generic rules know ("recall@37"). */
export function metricByName(name: string): MetricEntry | undefined {
  const key = name.toLowerCase().trim();
  const e = byName.get(key);
  if (e) return e;
  const id = metricFacts(key);
  return id.known && id.name === key ? entryOfIdentity(id) : undefined;
}

/**
 * The metric a written name means, if any: its identity when the registry or the generic rules know it
 * ("R@10" -> recall@10, "Macro F1" -> macro-f1, "PPL" -> perplexity), else a text alias of a family
 * ("faster" -> speedup).
 */
export function lookupMetricAlias(text: string): MetricEntry | undefined {
  const id = resolveMetric(text);
  if (id.known) return byName.get(id.name) ?? entryOfIdentity(id);
  return byTextAlias.get(normalizeMetricText(text));
}

/** The text family whose matcher alias is exactly `text` ("test accuracy" -> accuracy, "r@10" -> recall), if any. */
export function lookupTextMetricAlias(text: string): MetricEntry | undefined {
  return byTextAlias.get(normalizeMetricText(text));
}

/** Whether `value` lies inside the registry bounds of `metric` for `unit` (unknown metrics pass). */
export function withinBounds(metric: string, value: number, unit: Unit | null): boolean {
  const e = metricByName(metric);
  if (!e) return true;
  // Bounds are stated in the metric's usual unit; factors and deltas are compared only loosely.
  if (unit !== e.unit) return value >= 0 || e.min === null || e.min < 0;
  if (e.min !== null && value < e.min) return false;
  if (e.max !== null && value > e.max) return false;
  return true;
}
