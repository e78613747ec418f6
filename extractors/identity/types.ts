/**
 * What a leaderboard key is made of. A benchmark is one dataset variant + one metric variant + one
 * setting; a leaderboard entry is one system (method and/or model) on it. Spellings of one thing meet
 * under one key; variants of a thing never do.
 */

/** How a dataset variant relates to its family ("MATH-500" is a subset of "MATH"). */
export type DatasetRelation = "variant of" | "subset of" | "split of" | "version of";

export interface DatasetIdentity {
  /** Display name of this exact variant ("MATH-500", "LibriSpeech test-clean", "ImageNet 256×256"). */
  name: string;
  /** Identity key: spellings of one variant share it, two variants never do. */
  key: string;
  /** Display name of the family ("MATH", "LibriSpeech", "ImageNet"); equals `name` for the family itself. */
  family: string;
  familyKey: string;
  /** What sets the variant apart ("500", "test-clean", "256×256"); null for the family itself. */
  variant: string | null;
  relation: DatasetRelation | null;
  /** Number of test items when known (AIME 30, HumanEval 164, GSM8K 1,319): used to check feasibility. */
  testSize: number | null;
  /** False when the registry does not know the name: kept as written. */
  known: boolean;
}

/** Whether a metric is reported on 0-1 or 0-100, when the registry or the claim tells. */
export type MetricScale = "fraction" | "percent";

export interface MetricIdentity {
  /** Key and stored name, lowercase: "recall@10", "macro-f1", "box ap", "ap50", "fid". */
  name: string;
  /** The family the variant belongs to ("recall", "f1", "ap", "fid"); equals `name` for the family itself. */
  family: string;
  /** How people write it: "Recall@10", "Macro-F1", "AP50", "FID", "FLOPs", "mIoU". */
  display: string;
  direction: "higher" | "lower";
  /** False when the direction was guessed (a name the registry does not know). */
  directionKnown: boolean;
  /** Usual unit ("%", "dB", null). */
  unit: string | null;
  min: number | null;
  max: number | null;
  /** Bounded scores reported on 0-1 or 0-100 (null: unbounded or not a proportion). */
  scale: MetricScale | null;
  known: boolean;
}

export interface SettingIdentity {
  /** Normalized key ("zero-shot", "5-shot", "linear probe", "semi-supervised 10% labels; extra data"); "" = as reported. */
  key: string;
  /** Human label, same as the key or with capitalization ("Zero-shot"). */
  label: string;
}

export interface SystemIdentity {
  /** Display name as written, tidied. */
  name: string;
  /** nameKey of the name: markers and sizes kept. */
  key: string;
  /** A bare architecture or placeholder ("LSTM", "ResNet-50", "baseline", "Transformer"): never a cross-paper identity by itself. */
  generic: boolean;
}
