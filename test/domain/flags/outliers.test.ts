import { describe, expect, it } from "vitest";
import { outlierFlags } from "../../../domain/flags/outliers.js";
import type { ClaimFact } from "../../../domain/flags/types.js";

let nextId = 1;
function fact(over: Partial<ClaimFact>): ClaimFact {
  const id = nextId++;
  return {
    id,
    paperId: id,
    paperTitle: `Paper ${id}`,
    paperDate: null,
    sourceKind: "text",
    sourceRef: "a.txt",
    subjectId: id,
    subjectName: `System${id}`,
    subjectGeneric: false,
    modelId: null,
    sourceId: null,
    datasetName: "AIME 2024",
    testSize: null,
    benchmarkId: "aime-2024--accuracy",
    setting: "",
    metric: "accuracy",
    direction: "higher",
    metricUnit: "%",
    min: 0,
    max: 100,
    value: 50,
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

/** A board of systems one or two points apart, plus whatever the test adds. */
const board = (extra: ClaimFact[], direction: "higher" | "lower" = "higher") => [
  ...[60, 59, 57.5, 56, 55, 53.8].map((value) => fact({ value, direction })),
  ...extra,
];

describe("OUTLIER: a leader far ahead of its board", () => {
  it("holds an extracted leader whose lead is many times the usual gap", () => {
    const far = fact({ value: 137.6, subjectName: "TR-ICRL" });
    const flags = outlierFlags(board([far]));
    expect(flags.map((f) => f.claimIds)).toEqual([[far.id]]);
    expect(flags[0]!.explanation).toMatch(
      /137\.6% for TR-ICRL .* leads the next entry \(60%\) by 77.6, \d+ times the usual gap/,
    );
  });

  it("on a lower-is-better board, the far-low leader", () => {
    const far = fact({ value: 0.1, direction: "lower" });
    const flags = outlierFlags([
      ...[2.1, 2.2, 2.35, 2.5, 2.6].map((value) => fact({ value, direction: "lower", unit: null })),
      { ...far, unit: null },
    ]);
    expect(flags.map((f) => f.claimIds[0])).toEqual([far.id]);
  });

  it("near miss: a lead like the others' gaps", () => {
    expect(outlierFlags(board([fact({ value: 61.5 })]))).toEqual([]);
  });

  it("near miss: a reviewed or imported leader is never held", () => {
    expect(outlierFlags(board([fact({ value: 137.6, reviewStatus: "accepted" })]))).toEqual([]);
    expect(outlierFlags(board([fact({ value: 95, sourceKind: "table" })]))).toEqual([]);
  });

  it("near miss: too few systems to tell", () => {
    expect(outlierFlags([fact({ value: 99 }), fact({ value: 50 }), fact({ value: 49 })])).toEqual([]);
  });

  it("after holding one leader, the next may stand apart too; a system's best counts once", () => {
    const a = fact({ value: 140 });
    const b = fact({ value: 120 });
    const same = fact({ value: 59.9, subjectId: 999 });
    const flags = outlierFlags(board([a, b, same, fact({ value: 58, subjectId: 999 })]));
    expect(flags.map((f) => f.claimIds[0])).toEqual([a.id, b.id]);
  });
});
