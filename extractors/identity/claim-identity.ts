import { isAccuracyDataset, resolveDataset } from "./datasets.js";
import { metricFacts, metricVariantFromText, resolveMetric } from "./metrics.js";
import { normalizeSetting } from "./settings.js";
import { isModelName, isReferencePoint, splitMethodModel, systemIdentity } from "./systems.js";
import type { DatasetIdentity, MetricIdentity, SettingIdentity, SystemIdentity } from "./types.js";

/** What a claim says, as written, before it is keyed: the same for text claims and table cells. */
export interface ClaimNames {
  subject: string | null;
  /** The base model a method ran on, when the source names it apart from the subject. */
  model: string | null;
  dataset: string | null;
  /** Text claims: the metric family the extractor chose ("recall"); tables: the column header as written. */
  metric: string;
  /** Text claims: the evidence, which may name the variant ("R@10"); null for table cells. */
  metricText: string | null;
  /** Pieces that make the setting: a claim's condition; a table's leaf task, split and extra-data mark. */
  setting: Array<string | null | undefined>;
  /** The value's unit as written ("%"), when it tells which board an unnamed score belongs on. */
  unit?: string | null;
  /** Text claims: the sentence around the number, for what the evidence leaves out ("ImageNet reconstruction"). */
  context?: string | null;
  /**
   * Whether a subject written as "EORM with Llama 3 8B" may be split into method and model. Table rows
   * name their system whole ("BERT-wwm-ext (single model)", "RefineDet512+ (ResNet-101)"): never split.
   */
  splitSubject?: boolean;
  /**
   * Whether text that names no known protocol still sets the board: yes for a table's task name ("Link
   * Prediction" vs "Node Classification"), no for an abstract's free wording (see normalizeSetting).
   */
  freeTextSetting?: boolean;
}

/**
 * Names repeat across a corpus ("GSM8K", "accuracy", "zero-shot") and resolving one costs tens of
 * microseconds: each resolver remembers its answers, up to a bound, so ingesting 75,000 abstracts resolves
 * each spelling about once.
 */
function remembered<T>(resolve: (raw: string) => T, bound = 50_000): (raw: string) => T {
  const seen = new Map<string, T>();
  return (raw) => {
    let hit = seen.get(raw);
    if (hit === undefined) {
      hit = resolve(raw);
      if (seen.size >= bound) seen.clear();
      seen.set(raw, hit);
    }
    return hit;
  };
}
const system = remembered(systemIdentity);
const isModel = remembered(isModelName);
const dataset = remembered(resolveDataset);
const accuracyDataset = remembered(isAccuracyDataset);
const metric = remembered(metricFacts);
const variantOf = remembered((familyAndText: string) => {
  const [family, text] = familyAndText.split("\u0000") as [string, string];
  return metricVariantFromText(family, text);
});
const tableMetric = remembered((raw: string) => resolveMetric(raw).name);
const setting = remembered((joined: string) => {
  const [mode, ...parts] = joined.split("\u0000");
  return normalizeSetting(parts, { protocolsOnly: mode === "p" });
});

/**
 * Names of one measure that the guidelines keep apart for claims but a leaderboard must not: on a
 * single-label classification board, accuracy is top-1 accuracy (the top-5 variant stays its own board).
 */
const SAME_BOARD: Readonly<Record<string, string>> = { "top-1 accuracy": "accuracy" };

const RECONSTRUCTION = /\breconstruct(?:ion|ed|s)?\b|\brFID\b|\btokeni[sz]er\b|\bautoencod/i;
const RESOLUTION = /(?<!\d)(\d{2,4})\s*(?:x|×|\\times|\*)\s*\1(?!\d)|(?<!\d)(\d{2,4})\s*(?:px|pixels)?\s+resolution\b/i;

/**
 * "FID of 1.61 on ImageNet at 256×256": the resolution written beside the number (the claim's condition)
 * names the dataset variant as much as "ImageNet 256×256" does.
 */
function datasetWithResolution(name: string, pieces: Array<string | null | undefined>): DatasetIdentity {
  const base = dataset(name);
  if (base.variant !== null || !base.known) return base;
  for (const piece of pieces) {
    const m = piece ? RESOLUTION.exec(piece) : null;
    const side = m?.[1] ?? m?.[2];
    if (!side) continue;
    const variant = dataset(`${name} ${side}x${side}`);
    if (variant.known && variant.familyKey === base.familyKey && variant.key !== base.key) return variant;
  }
  return base;
}

// "EORM with Llama 3 8B", "GRPO on Qwen3-8B", "EORM + Qwen2.5-7B", "X (w/ Llama-2-7B)": an explicit joint.
const JOINT = /\s(?:with|on|using|atop|\+|w\/)\s|w\/\s?/i;

export interface ClaimIdentity {
  /** The ranked system: the method when one is named, else the model. */
  subject: SystemIdentity | null;
  /** The model: the base model of a method, or the subject itself when that is a model. */
  model: SystemIdentity | null;
  subjectIsModel: boolean;
  dataset: DatasetIdentity | null;
  metric: MetricIdentity;
  setting: SettingIdentity;
}

/**
 * The one keying rule for every claim, whatever its source: which system, model, dataset variant,
 * metric variant and setting it belongs to. Pure: the database only stores what this decides.
 */
export function claimIdentity(names: ClaimNames): ClaimIdentity {
  let method: string | null = null;
  let model: string | null = names.model?.trim() || null;
  if (names.subject) {
    const split =
      model || names.splitSubject === false || !JOINT.test(names.subject)
        ? { method: names.subject, model }
        : splitMethodModel(names.subject);
    method = split.method;
    model = split.model ?? model;
  }
  // "Llama 3 8B with Llama 3 8B" (subject and model the same): a plain model's result.
  const modelId = model ? system(model) : null;
  // "the Oracle baseline (98.0%)": a reference point of this paper ranks on no board, not even as its model.
  const reference = method !== null && isReferencePoint(method);
  let subjectId = reference ? null : method ? system(method) : modelId;
  if (subjectId && modelId && subjectId.key === modelId.key) subjectId = modelId;
  const subjectIsModel = subjectId !== null && (subjectId === modelId || isModel(subjectId.name));
  const written =
    names.metricText !== null ? variantOf(`${names.metric}\u0000${names.metricText}`) : tableMetric(names.metric);
  let metricName = SAME_BOARD[written] ?? written;
  // "0.75 FID on ImageNet reconstruction": a tokenizer's reconstruction, not generation.
  if (
    metricName === "fid" &&
    names.metricText !== null &&
    RECONSTRUCTION.test(`${names.metricText} ${names.context ?? ""}`)
  )
    metricName = "rfid";
  // "96.1% on GSM8K": an unnamed score on a benchmark whose results are accuracies is its accuracy board.
  if (metricName === "score" && names.unit === "%" && names.dataset && accuracyDataset(names.dataset))
    metricName = "accuracy";
  return {
    subject: subjectId,
    model: modelId ?? (subjectIsModel ? subjectId : null),
    subjectIsModel,
    dataset: names.dataset?.trim() ? datasetWithResolution(names.dataset, names.setting) : null,
    metric: metric(metricName),
    setting: setting(
      [names.freeTextSetting === false ? "p" : "t", ...names.setting.map((p) => p ?? "")].join("\u0000"),
    ),
  };
}
