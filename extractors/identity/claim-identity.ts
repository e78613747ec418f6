import { resolveDataset } from "./datasets.js";
import { metricFacts, metricVariantFromText, resolveMetric } from "./metrics.js";
import { normalizeSetting } from "./settings.js";
import { isModelName, splitMethodModel, systemIdentity } from "./systems.js";
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
  /**
   * Whether a subject written as "EORM with Llama 3 8B" may be split into method and model. Table rows
   * name their system whole ("BERT-wwm-ext (single model)", "RefineDet512+ (ResNet-101)"): never split.
   */
  splitSubject?: boolean;
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
      model || names.splitSubject === false || !JOINT.test(names.subject) ? { method: names.subject, model } : splitMethodModel(names.subject);
    method = split.method;
    model = split.model ?? model;
  }
  // "Llama 3 8B with Llama 3 8B" (subject and model the same): a plain model's result.
  const modelId = model ? systemIdentity(model) : null;
  let subjectId = method ? systemIdentity(method) : modelId;
  if (subjectId && modelId && subjectId.key === modelId.key) subjectId = modelId;
  const subjectIsModel = subjectId !== null && (subjectId === modelId || isModelName(subjectId.name));
  const metricName = names.metricText !== null ? metricVariantFromText(names.metric, names.metricText) : resolveMetric(names.metric).name;
  return {
    subject: subjectId,
    model: modelId ?? (subjectIsModel ? subjectId : null),
    subjectIsModel,
    dataset: names.dataset?.trim() ? resolveDataset(names.dataset) : null,
    metric: metricFacts(metricName),
    setting: normalizeSetting(names.setting),
  };
}
