/**
 * How sure the rules are about one claim: a logistic model over the signs of a weak or strong reading,
 * fitted on the annotated gold sets by `npm run calibrate` (bench/calibrate.ts) and shipped as data
 * (calibration.json). Its output is calibrated: of the claims given confidence c, about c are right.
 */
import calibration from "./calibration.json" with { type: "json" };

export interface ConfidenceSignals {
  /** The metric came from a fallback (`score` for an unnamed metric, a unit's default metric). */
  metricFallback: boolean;
  /** Words between the number and its metric (0 when adjacent or no metric word). */
  metricDistance: number;
  subjectNull: boolean;
  /** No system is named near the number: it was credited to the paper's own system. */
  subjectFromPaper: boolean;
  /** Written as a word ("half", "twice") or a bare number without unit. */
  weakNumber: boolean;
  /** The number sits inside a list or range whose items share one metric. */
  inherited: boolean;
  /** The value is outside the registry bounds for the metric. */
  outOfBounds: boolean;
  /** The dataset was named in the number's sentence. */
  datasetInSentence: boolean;
  /** The dataset came from elsewhere in the abstract (the only one it names, or the paper's benchmark). */
  datasetFromPaper: boolean;
  /** An absolute level rather than a change or factor. */
  absolute: boolean;
  /** Paired by position in a "respectively" or parallel list. */
  respective: boolean;
  /** A base model is recorded. */
  hasModel: boolean;
  /** Qualified ("up to", "more than", "about", a range end): not a plain reported score. */
  qualified: boolean;
  /** The metric is a cost (speed, memory, size). */
  resource: boolean;
  /** The dataset is one the registry knows. */
  datasetKnown: boolean;
  /** The sentence holds more than two result numbers. */
  crowded: boolean;
  /** The sentence names more than one model. */
  manyModels: boolean;
  /** The sentence compares ("than", "compared to", "baseline", "outperforms"): numbers of others are near. */
  comparison: boolean;
  /** Number, named metric, named dataset and a system named in the sentence itself, nothing else competing. */
  localTuple: boolean;
}

export const SIGNALS: readonly (keyof ConfidenceSignals)[] = [
  "metricFallback",
  "metricDistance",
  "subjectNull",
  "subjectFromPaper",
  "weakNumber",
  "inherited",
  "outOfBounds",
  "datasetInSentence",
  "datasetFromPaper",
  "absolute",
  "respective",
  "hasModel",
  "qualified",
  "resource",
  "datasetKnown",
  "crowded",
  "manyModels",
  "comparison",
  "localTuple",
];

/** The features the model reads, in its weight order. */
export function featureVector(s: ConfidenceSignals): number[] {
  return SIGNALS.map((k) => (k === "metricDistance" ? Math.min(7, s.metricDistance) / 7 : s[k] ? 1 : 0));
}

export interface Logistic {
  weights: number[];
  bias: number;
}

export interface Calibration {
  features: string[];
  /** For leaderboard entries: absolute results with a dataset (right = number, metric, dataset and system). */
  entry: Logistic;
  /** For every other claim (right = number and metric). */
  claim: Logistic;
  /** Lowest confidence at which leaderboard entries were at least 90% right in cross-validation. */
  entryThreshold: number;
}

const model = calibration as Calibration;
if (
  model.features.join() !== SIGNALS.join() ||
  model.entry.weights.length !== SIGNALS.length ||
  model.claim.weights.length !== SIGNALS.length
) {
  throw new Error("extractors/claims/calibration.json was fitted on other signals: run npm run calibrate");
}

export function scoreOf(x: readonly number[], m: Logistic): number {
  let z = m.bias;
  for (let i = 0; i < x.length; i++) z += (m.weights[i] ?? 0) * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** A leaderboard entry: what the entry model judges. */
export const isEntrySignals = (s: ConfidenceSignals) => s.absolute && (s.datasetInSentence || s.datasetFromPaper);

export function confidenceOf(s: ConfidenceSignals): number {
  const p = scoreOf(featureVector(s), isEntrySignals(s) ? model.entry : model.claim);
  return Math.round(Math.max(0.01, Math.min(0.99, p)) * 100) / 100;
}

/** Confidence at or above which a text entry is shown on a leaderboard by default. */
export const ENTRY_CONFIDENCE_THRESHOLD: number = model.entryThreshold;
