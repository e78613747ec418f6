import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { differ, dumpTruth, judgeFlag, numericValue } from "../../bench/pwc-dump-truth.js";

const data = JSON.parse(readFileSync("test/fixtures/pwc/dump-truth/mini.json", "utf8")) as unknown;
const truth = dumpTruth(data);
const IC = "/0/datasets/0/sota/rows";
const SEMI_SUB = "/0/subtasks/0/datasets/0/sota/rows";
const SEMI_TOP = "/1/datasets/0/sota/rows";
const CLEAN = "/2/datasets/0/subdatasets/0/sota/rows";
const OTHER = "/2/datasets/0/subdatasets/1/sota/rows";
const OX = "/3/datasets/0/sota/rows";

describe("ground truth from the dump", () => {
  it("walks the tree and deduplicates rows repeated under parent tasks and repeated subtrees", () => {
    expect(truth.treeRows).toBe(19);
    expect(truth.rows).toHaveLength(15);
    expect(truth.cells).toBe(19);
    expect(truth.parentRepeatRows).toBe(1);
    expect(truth.multiLeafRows).toBe(0);
    const simclr = truth.cellAt(`${IC}/4/metrics/Top 1 Accuracy`)!.row;
    expect(simclr.pointers).toEqual([`${IC}/4`, `${SEMI_SUB}/0`, `${SEMI_TOP}/0`]);
    // Listed under the parent too, but its leaf task is the subtask.
    expect(simclr.leafTasks).toEqual(["Semi-Supervised Image Classification"]);
  });

  it("joins subdatasets to the dataset path and trims model names, keeping case", () => {
    expect(truth.cellAt(`${OTHER}/0/metrics/Word Error Rate (WER)`)!.row.datasetPath).toBe("LibriSpeech / test-other");
    expect(truth.cellAt(`${IC}/1/metrics/Top 1 Accuracy`)!.row.model).toBe("ResNet-50");
    expect(truth.cellAt(`${IC}/3/metrics/Top 1 Accuracy`)!.row.model).toBe("resnet-50");
  });

  it("finds exactly the genuine cross-paper conflicts", () => {
    const found = truth.conflicts
      .map((c) => `${c.task} | ${c.datasetPath} | ${c.header} | ${c.model}: ${String(c.a.raw)} vs ${String(c.b.raw)}`)
      .sort();
    expect(found).toEqual([
      "Image Classification | ImageNet | Top 1 Accuracy | ResNet-50: 72.1% vs 70.0",
      "Image Classification | ImageNet | Top 1 Accuracy | ResNet-50: 76.0% vs 72.1%",
      "Image Retrieval | Oxford | R@1/val | NetVLAD: 40.0 vs 45.0",
      "Semi-Supervised Image Classification | ImageNet | Top 1 Accuracy | SimCLR: 69.3 vs 75.0",
    ]);
    // 76.0% vs 70.0 is one paper (arXiv abs v1 and pdf v2); 0.93 vs 93.0% is a scale slip, not a conflict.
    expect(truth.conflictGroups).toBe(3);
    expect(truth.scaleOnlyPairs).toBe(2);
  });

  it("reads values with percent signs, suffixes and markers", () => {
    expect(numericValue("77.1%")).toEqual({ value: 77.1, suffix: "" });
    expect(numericValue("60.9+")).toEqual({ value: 60.9, suffix: "" });
    expect(numericValue("1,234.5*")).toEqual({ value: 1234.5, suffix: "" });
    expect(numericValue("22M")).toEqual({ value: 22, suffix: "m" });
    expect(numericValue(3)).toEqual({ value: 3, suffix: "" });
    for (const bad of ["-", "n/a", "", "Please tell us", null]) expect(numericValue(bad)).toBeNull();
    expect(differ(100, 98)).toBe(false);
    expect(differ(100, 97.9)).toBe(true);
  });
});

describe("judging a flag by its claims' pointers", () => {
  const T1 = "metrics/Top 1 Accuracy";
  it("genuine", () => {
    const v = judgeFlag(truth, [`${IC}/0/${T1}`, `${IC}/1/${T1}`, `${IC}/2/${T1}`]);
    expect(v).toMatchObject({ genuine: true, verdict: "genuine", genuinePairs: 2 });
    // Pointers with "/" in the header are escaped as ~1.
    expect(judgeFlag(truth, [`${OX}/0/metrics/R@1~1val`, `${OX}/1/metrics/R@1~1val`]).verdict).toBe("genuine");
    // Repeats of the same row do not hide a genuine pair.
    expect(judgeFlag(truth, [`${SEMI_SUB}/0/${T1}`, `${SEMI_TOP}/0/${T1}`, `${SEMI_TOP}/2/${T1}`]).verdict).toBe(
      "genuine",
    );
  });

  it("names the structural causes", () => {
    const cols = judgeFlag(truth, [`${IC}/0/${T1}`, `${IC}/0/metrics/Top 5 Accuracy`]);
    expect(cols).toMatchObject({ genuine: false, verdict: "columnsOfOneRow" });
    expect(cols.causes).toEqual(["columnsOfOneRow", "metricColumns", "onePaper"]);
    expect(judgeFlag(truth, [`${SEMI_SUB}/0/${T1}`, `${SEMI_TOP}/0/${T1}`, `${IC}/4/${T1}`])).toMatchObject({
      verdict: "repeats",
      causes: ["repeats", "onePaper"],
    });
    expect(judgeFlag(truth, [`${IC}/0/${T1}`, `${SEMI_SUB}/1/${T1}`]).verdict).toBe("leafTasks");
    expect(
      judgeFlag(truth, [`${CLEAN}/0/metrics/Word Error Rate (WER)`, `${OTHER}/0/metrics/Word Error Rate (WER)`])
        .verdict,
    ).toBe("datasetPaths");
    expect(
      judgeFlag(truth, [`${OTHER}/0/metrics/Word Error Rate (WER)`, `${OTHER}/3/metrics/Word Error Rate (WER)`])
        .verdict,
    ).toBe("modelNames");
    expect(judgeFlag(truth, [`${IC}/1/${T1}`, `${IC}/3/${T1}`]).verdict).toBe("modelNames");
    expect(
      judgeFlag(truth, [`${OTHER}/0/metrics/Word Error Rate (WER)`, `${OTHER}/1/metrics/Word Error Rate (WER)`])
        .verdict,
    ).toBe("withinTolerance");
    // Same paper, two rows (arXiv abs and pdf links).
    expect(judgeFlag(truth, [`${IC}/0/${T1}`, `${IC}/2/${T1}`]).verdict).toBe("onePaper");
  });

  it("says when a pointer is not in the file", () => {
    expect(judgeFlag(truth, [`${IC}/0/${T1}`, "/9/datasets/0/sota/rows/0/metrics/X"]).verdict).toBe("unresolved");
    expect(truth.cellAt(`${IC}/0/metrics/No such column`)).toBeNull();
  });
});
