import { z } from "zod";
import { UnitSchema, type Unit } from "./types.js";

/**
 * The metric registry, as data. The database seeds its `metrics` table from `METRICS`;
 * the rule extractor compiles `aliases` into its metric matcher, so an alias is any
 * surface form an abstract uses for the metric (lowercase; matched case-insensitively
 * on word boundaries). Canonical names follow claims-gold/GUIDELINES.md.
 */
export const MetricEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  direction: z.enum(["higher", "lower"]),
  unit: UnitSchema.nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  description: z.string(),
});
export type MetricEntry = z.infer<typeof MetricEntrySchema>;

const m = (
  name: string,
  direction: "higher" | "lower",
  unit: Unit | null,
  min: number | null,
  max: number | null,
  description: string,
  aliases: string[] = [],
): MetricEntry => ({ name, aliases, direction, unit, min, max, description });

export const METRICS: readonly MetricEntry[] = [
  m("accuracy", "higher", "%", 0, 100, "Fraction of correct predictions.", [
    "accuracy", "accuracies", "acc", "acc.", "classification accuracy", "test accuracy", "zero-shot accuracy",
    "predictive accuracy", "exact accuracy", "linear probing accuracy",
  ]),
  m("top-1 accuracy", "higher", "%", 0, 100, "Top-1 classification accuracy.", [
    "top-1 accuracy", "top-1 acc", "top-1", "top1 accuracy", "top1", "top-1 acc.",
  ]),
  m("top-5 accuracy", "higher", "%", 0, 100, "Top-5 classification accuracy.", ["top-5 accuracy", "top-5", "top5 accuracy"]),
  m("error rate", "lower", "%", 0, 100, "Fraction of wrong predictions.", [
    "error rate", "error", "errors", "test error", "top-1 error", "classification error", "error rates",
  ]),
  m("f1", "higher", "%", 0, 100, "F1 score.", ["f1", "f1 score", "f1-score", "f-score", "f-measure", "macro-f1", "micro-f1"]),
  m("exact match", "higher", "%", 0, 100, "Exact-match rate.", ["exact match", "em"]),
  m("precision", "higher", "%", 0, 100, "Precision.", ["precision"]),
  m("recall", "higher", "%", 0, 100, "Recall (also recall@k).", ["recall", "recall@1", "recall@5", "recall@10", "r@1", "r@10"]),
  m("auc", "higher", "%", 0, 100, "Area under the ROC curve.", ["auc", "auroc", "roc-auc", "roc auc", "au-roc", "auprc"]),
  m("map", "higher", "%", 0, 100, "Mean average precision.", ["map", "map50", "map@50", "box ap", "mean average precision"]),
  m("ap", "higher", "%", 0, 100, "Average precision.", ["ap", "ap50", "average precision"]),
  m("miou", "higher", "%", 0, 100, "Mean intersection over union.", ["miou", "mean iou"]),
  m("iou", "higher", "%", 0, 100, "Intersection over union.", ["iou"]),
  m("dice", "higher", "%", 0, 100, "Dice coefficient.", ["dice", "dice coefficient", "dice score", "dsc"]),
  m("bleu", "higher", null, 0, 100, "BLEU.", ["bleu", "bleu score", "sacrebleu"]),
  m("rouge-l", "higher", null, 0, 100, "ROUGE-L.", ["rouge-l", "rougel"]),
  m("rouge-1", "higher", null, 0, 100, "ROUGE-1.", ["rouge-1", "rouge1", "rouge"]),
  m("rouge-2", "higher", null, 0, 100, "ROUGE-2.", ["rouge-2", "rouge2"]),
  m("meteor", "higher", null, 0, 100, "METEOR.", ["meteor"]),
  m("cider", "higher", null, 0, null, "CIDEr.", ["cider"]),
  m("perplexity", "lower", null, 1, null, "Perplexity.", ["perplexity", "ppl", "perplexities"]),
  m("bits per byte", "lower", null, 0, null, "Bits per byte / character.", ["bits per byte", "bpb", "bits-per-byte", "bpc", "bits per character"]),
  m("loss", "lower", null, 0, null, "Training or validation loss.", ["loss", "validation loss", "test loss", "training loss"]),
  m("wer", "lower", "%", 0, null, "Word error rate.", ["wer", "word error rate", "word error rates"]),
  m("cer", "lower", "%", 0, null, "Character error rate.", ["cer", "character error rate"]),
  m("per", "lower", "%", 0, null, "Phoneme error rate.", ["per", "phoneme error rate"]),
  m("eer", "lower", "%", 0, 100, "Equal error rate.", ["eer", "equal error rate"]),
  m("fid", "lower", null, 0, null, "Frechet Inception Distance.", ["fid", "fid score", "frechet inception distance", "fréchet inception distance"]),
  m("is", "higher", null, 0, null, "Inception Score.", ["inception score"]),
  m("fvd", "lower", null, 0, null, "Frechet Video Distance.", ["fvd", "fvd score", "frechet video distance"]),
  m("fad", "lower", null, 0, null, "Frechet Audio Distance.", ["fad", "frechet audio distance"]),
  m("clip score", "higher", null, 0, null, "CLIP score.", ["clip score", "clipscore", "clip-score"]),
  m("psnr", "higher", "dB", 0, null, "Peak signal-to-noise ratio.", ["psnr"]),
  m("ssim", "higher", null, 0, 1, "Structural similarity.", ["ssim", "ms-ssim"]),
  m("lpips", "lower", null, 0, null, "Learned perceptual similarity.", ["lpips"]),
  m("si-sdr", "higher", "dB", null, null, "Scale-invariant signal-to-distortion ratio.", ["si-sdr", "si-snr", "sdr", "sdri", "si-sdri"]),
  m("pass@1", "higher", "%", 0, 100, "Pass@1 on code benchmarks.", ["pass@1"]),
  m("pass@k", "higher", "%", 0, 100, "Pass@k on code benchmarks.", ["pass@k", "pass@10", "pass@100", "pass@5"]),
  m("win rate", "higher", "%", 0, 100, "Pairwise win rate.", ["win rate", "win-rate", "win rates", "length-controlled win rate", "lc win rate"]),
  m("success rate", "higher", "%", 0, 100, "Task success rate.", [
    "success rate", "success rates", "task success", "task-completion rate", "completion rate", "task success rate", "sr",
  ]),
  m("reward", "higher", null, null, null, "Reward / return.", ["reward", "return", "episode return", "rewards"]),
  m("elo", "higher", null, null, null, "Elo rating.", ["elo", "elo rating"]),
  m("mrr", "higher", "%", 0, 100, "Mean reciprocal rank.", ["mrr", "mean reciprocal rank"]),
  m("ndcg", "higher", "%", 0, 100, "Normalized discounted cumulative gain.", ["ndcg", "ndcg@10"]),
  m("rmse", "lower", null, 0, null, "Root mean squared error.", ["rmse", "root mean squared error"]),
  m("mae", "lower", null, 0, null, "Mean absolute error.", ["mean absolute error", "absolute error", "mae"]),
  m("abs rel", "lower", null, 0, null, "Absolute relative error (depth estimation).", ["abs rel", "absrel", "abs. rel"]),
  m("sq rel", "lower", null, 0, null, "Squared relative error (depth estimation).", ["sq rel", "sqrel", "sq. rel"]),
  m("similarity", "higher", null, null, null, "Speaker or embedding similarity.", ["similarity", "speaker similarity", "sim-o", "spk-sim"]),
  m("mse", "lower", null, 0, null, "Mean squared error.", ["mse", "mean squared error"]),
  m("speedup", "higher", "x", 0, null, "Speedup on time: faster, acceleration, speedup.", [
    "speedup", "speed-up", "speedups", "speed up", "speeds up", "faster", "acceleration", "accelerate", "accelerates",
    "accelerating", "accelerated", "inference speed", "training speed", "speed", "convergence speed",
    "faster convergence", "faster training", "faster inference", "wall-clock speedup", "end-to-end speedup", "decoding speed",
    "faster decoding", "generation speed", "sampling speed",
  ]),
  m("throughput", "higher", null, 0, null, "Work per unit of time (tokens/s, FPS, samples/s).", [
    "throughput", "throughputs", "tokens per second", "tokens/s", "fps", "frames per second", "samples per second",
  ]),
  m("latency", "lower", "ms", 0, null, "Time per request or token.", [
    "latency", "latencies", "time to first token", "ttft", "time-to-first-token", "per-token latency", "decoding latency",
  ]),
  m("inference time", "lower", "s", 0, null, "Wall-clock inference time.", [
    "inference time", "inference cost", "runtime", "run time", "running time", "inference times", "generation time",
    "decoding time", "execution time", "wall-clock time",
  ]),
  m("training time", "lower", "h", 0, null, "Wall-clock training time or steps.", [
    "training time", "training cost", "training steps", "training iteration time", "gpu hours", "gpu-hours",
    "training compute time", "fine-tuning time", "pre-training time", "time cost", "training iterations",
  ]),
  m("memory", "lower", "GB", 0, null, "Memory footprint (GPU memory, KV cache, optimizer states).", [
    "memory", "memory usage", "memory footprint", "memory consumption", "memory cost", "memory overhead", "gpu memory",
    "vram", "peak memory", "kv cache", "kv cache size", "kv-cache", "cache size", "optimizer memory", "memory requirement",
    "activation memory", "storage",
  ]),
  m("parameters", "lower", null, 0, null, "Number of (trainable) parameters.", [
    "parameters", "params", "parameter count", "trainable parameters", "learnable parameters", "parameter", "weights",
  ]),
  m("flops", "lower", null, 0, null, "Compute: FLOPs, MACs, computation.", [
    "flops", "flop", "gflops", "tflops", "macs", "compute", "computation", "computations", "computational cost",
    "computational complexity", "computational overhead", "compute cost", "pre-training compute", "training compute",
    "training flops", "inference flops", "training budget", "compute budget", "computational budget",
  ]),
  m("energy", "lower", null, 0, null, "Energy or power consumption.", ["energy", "energy consumption", "power consumption", "power", "energy efficiency"]),
  m("cost", "lower", null, 0, null, "Monetary or resource cost (API calls, hardware resources).", [
    "cost", "costs", "api cost", "api calls", "llm calls", "hardware resources", "dollars", "price", "monetary cost",
  ]),
  m("model size", "lower", null, 0, null, "Size of the stored model.", ["model size", "storage size", "checkpoint size", "disk space", "model sizes"]),
  m("compression ratio", "higher", "x", 0, null, "Size reduction factor.", ["compression ratio", "compression", "compression rate"]),
  m("sample efficiency", "higher", null, 0, null, "Data or samples needed (tokens, demonstrations, labels).", [
    "sample efficiency", "data efficiency", "training tokens", "tokens", "samples", "training data", "annotation",
    "annotations", "labeled data", "data", "demonstrations",
  ]),
  m("batch size", "higher", null, 0, null, "Feasible batch size.", ["batch size", "batch sizes"]),
  m("context length", "higher", "K", 0, null, "Usable context length.", ["context length", "context window", "effective context length"]),
  m("nfe", "lower", null, 0, null, "Number of function evaluations.", ["nfe", "nfes", "function evaluations", "sampling steps", "denoising steps"]),
  m("score", "higher", null, null, null, "A benchmark result whose metric is not named.", [
    "score", "scores", "performance", "results", "gain", "improvement",
  ]),
];

const byName = new Map<string, MetricEntry>(METRICS.map((e) => [e.name, e]));

/** Normalized form used for alias look-ups: lowercase, single spaces, no surrounding punctuation. */
export function normalizeMetricText(text: string): string {
  return text.toLowerCase().replace(/[\s_]+/g, " ").replace(/^[^a-z0-9@]+|[^a-z0-9@+%.]+$/g, "").trim();
}

const byAlias = new Map<string, MetricEntry>();
for (const e of METRICS) {
  for (const a of [e.name, ...e.aliases]) {
    const key = normalizeMetricText(a);
    // First registration wins: more specific metrics are listed before `score`.
    if (!byAlias.has(key)) byAlias.set(key, e);
  }
}

export function metricByName(name: string): MetricEntry | undefined {
  return byName.get(name.toLowerCase().trim());
}

/** The metric whose alias is exactly `text` (case- and spacing-insensitive), if any. */
export function lookupMetricAlias(text: string): MetricEntry | undefined {
  return byAlias.get(normalizeMetricText(text));
}

/** Whether `value` lies inside the registry bounds of `metric` for `unit` (unknown metrics pass). */
export function withinBounds(metric: string, value: number, unit: Unit | null): boolean {
  const e = byName.get(metric);
  if (!e) return true;
  // Bounds are stated in the metric's usual unit; factors and deltas are compared only loosely.
  if (unit !== e.unit) return value >= 0 || e.min === null || e.min < 0;
  if (e.min !== null && value < e.min) return false;
  if (e.max !== null && value > e.max) return false;
  return true;
}
