import type { ClaimFact } from "../../domain/flags/types.js";

let nextId = 1;

/** A claim as the flag rules read it: ModelX's 80% accuracy on ImageNet in one text paper; `over` changes any field. */
export function claimFact(over: Partial<ClaimFact>): ClaimFact {
  return {
    id: nextId++,
    paperId: 1,
    paperTitle: "Paper",
    paperDate: null,
    sourceKind: "text",
    sourceRef: "a.txt",
    subjectId: 10,
    subjectName: "ModelX",
    subjectGeneric: false,
    modelId: null,
    sourceId: null,
    datasetName: "ImageNet",
    testSize: null,
    benchmarkId: "imagenet--accuracy",
    setting: "",
    metric: "accuracy",
    direction: "higher",
    metricUnit: "%",
    min: 0,
    max: 100,
    value: 80,
    valueText: null,
    unit: "%",
    kind: "absolute",
    qualifier: "exact",
    condition: null,
    confidence: 0.9,
    reviewStatus: null,
    sentence: "",
    ...over,
  };
}
