import { describe, expect, it } from "vitest";
import { evaluateRules } from "../../../domain/flags/rules.js";
import { claimFact } from "../../helpers/claim-fact.js";
import type { ClaimFact, FlagCandidate } from "../../../domain/flags/types.js";

const fact = claimFact;

const opts = { lowConfidence: 0.5, tolerance: () => 0.01 };
const codes = (fs: FlagCandidate[]) => fs.map((f) => f.code).sort();

describe("flag rules", () => {
  it.each<[string, Partial<ClaimFact>[], string[]]>([
    // CONFLICT
    [
      "two papers, same key, values 5% apart",
      [
        { paperId: 1, value: 80 },
        { paperId: 2, value: 84 },
      ],
      ["CONFLICT"],
    ],
    [
      "near miss: 0.5% apart is within tolerance",
      [
        { paperId: 1, value: 80 },
        { paperId: 2, value: 80.4 },
      ],
      [],
    ],
    [
      "near miss: same value twice",
      [
        { paperId: 1, value: 80 },
        { paperId: 2, value: 80 },
      ],
      [],
    ],
    [
      "near miss: different subjects",
      [
        { paperId: 1, value: 80 },
        { paperId: 2, value: 90, subjectId: 11 },
      ],
      [],
    ],
    [
      "near miss: different settings",
      [
        { paperId: 1, value: 80 },
        { paperId: 2, value: 90, setting: "zero-shot" },
      ],
      [],
    ],
    [
      "near miss: one method on two base models",
      [
        { paperId: 1, value: 80, modelId: 20 },
        { paperId: 2, value: 90, modelId: 21 },
      ],
      [],
    ],
    [
      "a generic name (two papers' 'LSTM') is a name clash, not a conflict",
      [
        { paperId: 1, value: 80, subjectGeneric: true },
        { paperId: 2, value: 90, subjectGeneric: true },
      ],
      ["NAME_CLASH"],
    ],
    [
      "near miss: a generic name reported alike",
      [
        { paperId: 1, value: 80, subjectGeneric: true },
        { paperId: 2, value: 80.2, subjectGeneric: true },
      ],
      [],
    ],
    [
      "near miss: a generic name ×100 apart is neither a clash nor a slip",
      [
        { paperId: 1, value: 0.8, unit: null, subjectGeneric: true },
        { paperId: 2, value: 80, subjectGeneric: true },
      ],
      [],
    ],
    [
      "near miss: a generic name twice in one paper's file",
      [
        { value: 80, subjectGeneric: true },
        { value: 90, subjectGeneric: true },
      ],
      [],
    ],
    [
      "near miss: 87.3 vs 87.25 agree as printed",
      [
        { paperId: 1, value: 87.3, valueText: "87.3" },
        { paperId: 2, value: 87.25, valueText: "87.25" },
      ],
      [],
    ],
    ["near miss: one paper, one file (the paper's own settings)", [{ value: 80 }, { value: 90 }], []],
    [
      "near miss: an 'up to' against an exact value",
      [
        { paperId: 1, value: 80 },
        { paperId: 2, value: 90, qualifier: "up_to" },
      ],
      [],
    ],
    [
      "near miss: two rows of one paper in one imported table (two configurations)",
      [
        { sourceKind: "table", sourceRef: "t.json#/0", value: 0.93, unit: null, metricUnit: null, max: 1 },
        { sourceKind: "table", sourceRef: "t.json#/1", value: 0.91, unit: null, metricUnit: null, max: 1 },
      ],
      [],
    ],
    [
      "two papers' rows of one imported table",
      [
        { paperId: 1, sourceKind: "table", sourceRef: "t.json#/0", value: 0.93, unit: null, metricUnit: null, max: 1 },
        { paperId: 2, sourceKind: "table", sourceRef: "t.json#/1", value: 0.91, unit: null, metricUnit: null, max: 1 },
      ],
      ["CONFLICT"],
    ],
    // SCALE_MISMATCH
    [
      "0.87 vs 87%",
      [
        { paperId: 1, value: 0.87, unit: null },
        { paperId: 2, value: 87, unit: "%" },
      ],
      ["SCALE_MISMATCH"],
    ],
    [
      "1.2M vs 1200000",
      [
        { paperId: 1, value: 1.2, unit: "M", metric: "parameters", metricUnit: "M", max: null, direction: "lower" },
        {
          paperId: 2,
          value: 1200000,
          unit: null,
          metric: "parameters",
          metricUnit: "M",
          max: null,
          direction: "lower",
        },
      ],
      ["SCALE_MISMATCH"],
    ],
    [
      "2.3 vs 2300 (x1000)",
      [
        { paperId: 1, value: 2.3, unit: null, metricUnit: null, max: null },
        { paperId: 2, value: 2300, unit: null, metricUnit: null, max: null },
      ],
      ["SCALE_MISMATCH"],
    ],
    [
      "near miss: 0.87 vs 86% is a conflict, not a slip",
      [
        { paperId: 1, value: 0.87, unit: null },
        { paperId: 2, value: 80, unit: "%" },
      ],
      ["CONFLICT"],
    ],
    // DUPLICATE
    [
      "one paper from two files disagreeing",
      [
        { sourceRef: "a.txt", value: 80 },
        { sourceRef: "b.json#/3", sourceKind: "table", value: 82 },
      ],
      ["DUPLICATE"],
    ],
    // OUT_OF_RANGE
    ["accuracy over 100%", [{ value: 120 }], ["OUT_OF_RANGE"]],
    [
      "negative FID",
      [{ metric: "fid", direction: "lower", metricUnit: null, min: 0, max: null, unit: null, value: -1 }],
      ["OUT_OF_RANGE"],
    ],
    [
      "perplexity under 1",
      [{ metric: "perplexity", direction: "lower", metricUnit: null, min: 1, max: null, unit: null, value: 0.5 }],
      ["OUT_OF_RANGE"],
    ],
    [
      "speedup of 0",
      [{ metric: "speedup", kind: "ratio", unit: "x", metricUnit: "x", min: 0, max: null, value: 0 }],
      ["OUT_OF_RANGE"],
    ],
    ["near miss: accuracy 0.87 as a fraction", [{ value: 0.87, unit: null }], []],
    ["near miss: accuracy exactly 100%", [{ value: 100 }], []],
    ["near miss: a delta of -3% accuracy", [{ value: -3, kind: "delta" }], []],
    // INTERNAL
    [
      "average above up-to in one paper",
      [
        {
          qualifier: "average",
          value: 3,
          kind: "ratio",
          unit: "x",
          metric: "speedup",
          benchmarkId: null,
          metricUnit: "x",
          max: null,
        },
        {
          qualifier: "up_to",
          value: 2,
          kind: "ratio",
          unit: "x",
          metric: "speedup",
          benchmarkId: null,
          metricUnit: "x",
          max: null,
        },
      ],
      ["INTERNAL"],
    ],
    [
      "near miss: average below up-to",
      [
        { qualifier: "average", value: 1.5, kind: "ratio", unit: "x", metric: "speedup", metricUnit: "x", max: null },
        { qualifier: "up_to", value: 2, kind: "ratio", unit: "x", metric: "speedup", metricUnit: "x", max: null },
      ],
      [],
    ],
    [
      "near miss: average and up-to in different settings",
      [
        {
          qualifier: "average",
          value: 3,
          kind: "ratio",
          unit: "x",
          metric: "speedup",
          setting: "amd gpus",
          metricUnit: "x",
          max: null,
        },
        {
          qualifier: "up_to",
          value: 2,
          kind: "ratio",
          unit: "x",
          metric: "speedup",
          setting: "nvidia gpus",
          metricUnit: "x",
          max: null,
        },
      ],
      [],
    ],
    // INFEASIBLE
    [
      "76.0% on AIME's 30 problems",
      [{ testSize: 30, value: 76, valueText: "76.0", datasetName: "AIME 2024" }],
      ["INFEASIBLE"],
    ],
    [
      "near miss: 76.7% on AIME (23/30)",
      [{ testSize: 30, value: 76.7, valueText: "76.7", datasetName: "AIME 2024" }],
      [],
    ],
    [
      "near miss: 76.0% averaged over 16 samples",
      [{ testSize: 30, value: 76, valueText: "76.0", sentence: "76.0% on AIME 2024 (avg@16)" }],
      [],
    ],
    [
      "85.2% on HumanEval's 164 problems (84.8% and 85.4% are the nearest)",
      [{ testSize: 164, value: 85.2, valueText: "85.2", datasetName: "HumanEval" }],
      ["INFEASIBLE"],
    ],
    [
      "near miss: 85.4% on HumanEval (140/164)",
      [{ testSize: 164, value: 85.4, valueText: "85.4", datasetName: "HumanEval" }],
      [],
    ],
    // LOW_CONFIDENCE
    ["low extractor confidence", [{ confidence: 0.3 }], ["LOW_CONFIDENCE"]],
    ["near miss: low confidence but accepted by a reviewer", [{ confidence: 0.3, reviewStatus: "accepted" }], []],
    [
      "near miss: a rejected claim takes part in nothing",
      [
        { paperId: 1, value: 80 },
        { paperId: 2, value: 90, reviewStatus: "rejected" },
      ],
      [],
    ],
  ])("%s", (_name, facts, expected) => {
    expect(codes(evaluateRules(facts.map(fact), opts))).toEqual(expected);
  });

  it("SOTA_CONTRADICTED: a later 'state-of-the-art' below an earlier result, direction-aware", () => {
    const earlier = fact({ paperId: 1, paperDate: "2022-01-01", subjectId: 1, subjectName: "Old", value: 85 });
    const later = fact({
      paperId: 2,
      paperDate: "2023-01-01",
      subjectId: 2,
      value: 82,
      sentence: "We achieve state-of-the-art accuracy of 82%.",
    });
    const flags = evaluateRules([earlier, later], opts);
    expect(codes(flags)).toEqual(["SOTA_CONTRADICTED"]);
    expect(flags[0]!.claimIds).toEqual([later.id, earlier.id]);
    expect(flags[0]!.explanation).toContain("Old reported 85%");

    const lowerBetter = {
      metric: "fid",
      direction: "lower" as const,
      metricUnit: null,
      unit: null,
      min: 0,
      max: null,
      benchmarkId: "imagenet--fid",
    };
    const e2 = fact({ ...lowerBetter, paperId: 3, paperDate: "2022-01-01", subjectId: 3, value: 2.0 });
    const l2 = fact({
      ...lowerBetter,
      paperId: 4,
      paperDate: "2023-01-01",
      subjectId: 4,
      value: 2.5,
      sentence: "Our model outperforms all baselines with FID 2.5.",
    });
    expect(codes(evaluateRules([e2, l2], opts))).toEqual(["SOTA_CONTRADICTED"]);
  });

  it.each<[string, Partial<ClaimFact>, Partial<ClaimFact>]>([
    ["the earlier result is worse", { value: 80 }, { value: 82, sentence: "state-of-the-art 82%" }],
    ["no SOTA wording", { value: 85 }, { value: 82, sentence: "we reach 82%" }],
    [
      "the 'earlier' paper is later",
      { value: 85, paperDate: "2024-01-01" },
      { value: 82, sentence: "state of the art" },
    ],
    ["undated earlier paper", { value: 85, paperDate: null }, { value: 82, sentence: "state of the art" }],
  ])("SOTA near miss: %s", (_name, e, l) => {
    const earlier = fact({ paperId: 1, paperDate: "2022-01-01", subjectId: 1, ...e });
    const later = fact({ paperId: 2, paperDate: "2023-01-01", subjectId: 2, ...l });
    expect(codes(evaluateRules([earlier, later], opts))).toEqual([]);
  });

  it("per-metric tolerance widens what agrees", () => {
    const facts = [fact({ paperId: 1, value: 80 }), fact({ paperId: 2, value: 83 })];
    expect(
      codes(evaluateRules(facts, { lowConfidence: 0.5, tolerance: (m) => (m === "accuracy" ? 0.05 : 0.01) })),
    ).toEqual([]);
  });

  it("explains a conflict with values and papers", () => {
    const [f] = evaluateRules(
      [
        fact({ paperId: 1, value: 80, paperTitle: "A" }),
        fact({ paperId: 2, value: 84, paperTitle: "B", paperDate: "2024-05-01" }),
      ],
      opts,
    );
    expect(f!.explanation).toBe(
      'ModelX on ImageNet, accuracy is reported with different values: 80% in "A"; 84% in "B" (2024-05-01). They differ by more than 1%.',
    );
    expect(f!.severity).toBe("high");
  });
});

describe("who a name belongs to", () => {
  it("does not call two papers' own methods of one name a conflict, but a name clash", () => {
    const a = fact({
      paperId: 1,
      paperTitle: "Mask R-CNN with Pyramid Attention Network for Scene Text Detection",
      subjectName: "PAN",
      value: 85.9,
    });
    const b = fact({
      paperId: 2,
      paperTitle: "Efficient and Accurate Arbitrary-Shaped Text Detection with Pixel Aggregation Network",
      subjectName: "PAN",
      value: 82.9,
    });
    const flags = evaluateRules([a, b], opts);
    expect(codes(flags)).toEqual(["NAME_CLASH"]);
    expect(flags[0]!.severity).toBe("low");
    expect(flags[0]!.explanation).toContain('Each paper introduces its own method called "PAN"');
  });

  it("explains a generic name's clash in words", () => {
    const a = fact({ paperId: 1, subjectName: "LSTM", subjectGeneric: true, value: 80, paperTitle: "A" });
    const b = fact({ paperId: 2, subjectName: "LSTM", subjectGeneric: true, value: 90, paperTitle: "B" });
    const [f] = evaluateRules([a, b], opts);
    expect(f!.explanation).toBe(
      'LSTM on ImageNet, accuracy: papers report different values under one name: 80% in "A"; 90% in "B". "LSTM" is a generic name that different papers use for differently trained systems, so this is not flagged as a conflict. The board shows them as one entry: if they are different systems, correct one claim\'s system name to tell them apart; if they are one system, they disagree.',
    );
  });

  it("still flags a method's own number against another paper's reproduction", () => {
    const a = fact({
      paperId: 1,
      paperTitle: "SimplE Embedding for Link Prediction in Knowledge Graphs",
      subjectName: "SimplE",
      value: 66,
    });
    const b = fact({
      paperId: 2,
      paperTitle: "GraphVite: A High-Performance CPU-GPU Hybrid System for Node Embedding",
      subjectName: "SimplE",
      value: 72.1,
    });
    expect(codes(evaluateRules([a, b], opts))).toEqual(["CONFLICT"]);
  });

  it("compares no spreads (a standard deviation column)", () => {
    const a = fact({ paperId: 1, metric: "auc stdev", value: 0.18 });
    const b = fact({ paperId: 2, metric: "auc stdev", value: 0.38 });
    expect(codes(evaluateRules([a, b], opts))).toEqual([]);
    // A table column "AUC Stdev" keys as metric AUC with "stdev" in its setting.
    const c = fact({ paperId: 1, metric: "auc", setting: "stdev; time series classification", value: 0.18 });
    const d = fact({ paperId: 2, metric: "auc", setting: "stdev; time series classification", value: 0.38 });
    expect(codes(evaluateRules([c, d], opts))).toEqual([]);
  });
});
