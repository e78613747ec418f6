import type { FlagCode } from "../../db/schema/index.js";

/** What a rule needs to know about one claim; loaded from the database, or built by hand in tests. */
export interface ClaimFact {
  id: number;
  paperId: number;
  paperTitle: string;
  paperDate: string | null;
  sourceKind: "text" | "table" | "manual";
  /** File or URL, then `#pointer` for a row of an imported table. */
  sourceRef: string | null;
  subjectId: number | null;
  subjectName: string | null;
  /** A bare architecture or placeholder name ("LSTM", "ResNet-50"): not one system across papers. */
  subjectGeneric: boolean;
  /** The base model the number was measured on; part of what "the same system" means. */
  modelId: number | null;
  /** Which source a table cell belongs to (see claims.sourceId); null for text and unscoped tables. */
  sourceId: string | null;
  datasetName: string | null;
  /** Test items of the dataset variant when known: a score must be k/n of them. */
  testSize: number | null;
  benchmarkId: string | null;
  /** The benchmark's normalized setting ("" = as reported). */
  setting: string;
  metric: string;
  direction: "higher" | "lower";
  metricUnit: string | null;
  min: number | null;
  max: number | null;
  value: number;
  /** The number as written ("87.30"): its decimals say how precise it is. */
  valueText: string | null;
  unit: string | null;
  kind: "absolute" | "delta" | "ratio";
  qualifier: string;
  condition: string | null;
  confidence: number;
  reviewStatus: "accepted" | "rejected" | "corrected" | null;
  /** The sentence of the abstract that holds the evidence ("" for table rows). */
  sentence: string;
}

export interface FlagCandidate {
  code: FlagCode;
  severity: "high" | "medium" | "low";
  scopeKey: string;
  benchmarkId: string | null;
  paperId: number | null;
  explanation: string;
  claimIds: number[];
}

export interface RuleOptions {
  /** Relative difference under which two values agree (default 1%). */
  tolerance(metric: string): number;
  /** Claims below this extractor confidence go to review. */
  lowConfidence: number;
}
