import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../extractors/claims/index.js";
import { ClaimSchema, type Claim } from "../../../extractors/types.js";

// Sentences written for these tests (not taken from any gold file): what may reach a leaderboard as a level.
const TITLE = "Zorro: Steering Small Reasoners";

function claims(abstract: string, title = TITLE): Claim[] {
  const out = extractClaims({ title, abstract });
  for (const c of out) expect(ClaimSchema.safeParse(c).success).toBe(true);
  return out;
}
const kinds = (t: string) => claims(t).map((c) => [c.value, c.kind, c.dataset]);

describe("changes joined by 'and' stay changes", () => {
  it('"by up to x% on A and up to y% on B": both are reductions', () => {
    expect(
      kinds("We present Zorro. Zorro reduces RMSE by up to 90% on Alpine and up to 40% on the USGS benchmark."),
    ).toEqual([
      [90, "delta", "USGS"],
      [40, "delta", "USGS"],
    ]);
  });

  it('"gains of up to x BLEU on A and of up to y BLEU in B": the second gain is a gain too', () => {
    const cs = claims("Zorro yields gains of up to 1.5 BLEU on WMT14 and of up to 3.0 BLEU in a low-resource setting.");
    expect(cs.map((c) => [c.value, c.kind])).toEqual([
      [1.5, "delta"],
      [3, "delta"],
    ]);
  });

  it('"improvements of x% on A and y% on B", but not "reduces it to x% for A and y% for B"', () => {
    expect(
      kinds("Zorro achieves improvements of 12.5% on the BraTS-AG dataset and 30.1% on the BraTS-Met dataset."),
    ).toEqual([
      [12.5, "delta", "BraTS-AG"],
      [30.1, "delta", "BraTS-Met"],
    ]);
    expect(
      claims("Zorro improves accuracy by 5% on COCO and reaches 80% accuracy on LVIS.").map((c) => c.kind),
    ).toEqual(["delta", "absolute"]);
  });

  it('"a x% to y% improvement in mAP" is a range of changes; "from x% to y%" stays two levels', () => {
    const cs = claims("We present Zorro. Zorro shows a 3.5% to 11.2% improvement in mAP for pedestrian detection.");
    expect(cs.map((c) => [c.value, c.kind, c.qualifier])).toEqual([
      [3.5, "delta", "at_least"],
      [11.2, "delta", "up_to"],
    ]);
    expect(claims("Zorro raises accuracy from 3.5% to 11.2% on COCO.").map((c) => c.kind)).toEqual([
      "absolute",
      "absolute",
    ]);
  });

  it("a change inside a closed bracket does not make the next level a change", () => {
    const cs = claims(
      "Zorro reaches 70.1% mAP@50 on IRDST (+20.5 mAP@50 over the best baseline), 97.5% mAP@50 on DAUB.",
    );
    expect(cs.map((c) => [c.value, c.kind])).toEqual([
      [70.1, "absolute"],
      [20.5, "delta"],
      [97.5, "absolute"],
    ]);
  });
});

describe("a list mate takes the metric named after it", () => {
  it('"x% zero-shot and y% fine-tuning accuracy on ImageNet": both are ImageNet accuracy', () => {
    const cs = claims("We present Zorro. Zorro reaches 80.5% zero-shot and 89.9% fine-tuning accuracy on ImageNet.");
    expect(cs.map((c) => [c.value, c.metric, c.dataset, c.condition])).toEqual([
      [80.5, "accuracy", "ImageNet", "zero-shot"],
      [89.9, "accuracy", "ImageNet", "fine-tuning"],
    ]);
  });
});

describe("numbers that are not results", () => {
  it('the far end of "mAP@0.5:0.95" or "AP50:95" is part of the metric name', () => {
    const cs = claims("We present Zorro. Zorro improves mAP@0.5:0.95 by 6.4% and reaches an AP50:95 of 41.2 on COCO.");
    expect(cs.map((c) => c.value)).toEqual([6.4, 41.2]);
  });

  it("the bounds of a confidence interval are not results", () => {
    const cs = claims("We present Zorro. Zorro reaches an AUC of 0.85 (95% CI: 0.81-0.88) on the MIMIC cohort.");
    expect(cs.map((c) => c.value)).toEqual([0.85]);
  });

  it('a bare whole number in an "(e.g., ...)" aside is an example; a measured one stays', () => {
    expect(
      claims("We present Zorro. Training stalls when rewards are flat (e.g., every rollout gets 0 or 1 reward)."),
    ).toEqual([]);
    expect(
      claims("We present Zorro. Some bases degrade badly (e.g., Falcon-7B with rank 8, perplexity = 88.41).").map(
        (c) => c.value,
      ),
    ).toEqual([88.41]);
  });
});

describe("bounds and range ends rank on no board", () => {
  it('"over x%", "up to x%" and "x-y%" keep no dataset; an exact level keeps it', () => {
    const cs = claims(
      "We present Zorro. Zorro keeps 88-93% clean accuracy on CIFAR-10, achieves over 70% accuracy on SVHN and reaches 91.2% on STL-10.",
    );
    expect(cs.map((c) => [c.value, c.qualifier, c.dataset])).toEqual([
      [88, "at_least", null],
      [93, "up_to", null],
      [70, "more_than", null],
      [91.2, "exact", "STL-10"],
    ]);
  });

  it("a bound is not given the abstract's only dataset either", () => {
    const cs = claims(
      "We present Zorro on CIFAR-10. Zorro reaches accuracies ranging from 81% to 85% across seeds, and 84.1% at best.",
    );
    expect(cs.filter((c) => c.dataset !== null).map((c) => c.value)).not.toContain(81);
  });
});

describe("changes restated and continued", () => {
  it('"improving FID by 0.34 (1.85%)": the bracketed share restates the change', () => {
    const cs = claims("We present Zorro. On ImageNet-1K, Zorro improves FID by 0.21 (1.5%).");
    expect(cs.map((c) => [c.value, c.metric, c.kind])).toEqual([
      [0.21, "fid", "delta"],
      [1.5, "fid", "delta"],
    ]);
  });

  it('"by x% on A and even y% on B": the second is a gain too', () => {
    const cs = claims("We present Zorro. Zorro improves Qwen2.5-7B by 12.5% on MedQA and even 88.2% on AIME2024.");
    expect(cs.map((c) => [c.value, c.kind, c.dataset])).toEqual([
      [12.5, "delta", "MedQA"],
      [88.2, "delta", "AIME2024"],
    ]);
  });

  it('an arrow "3.30 -> 3.03" joins a before and an after, it is no "more than"', () => {
    const cs = claims("We present Zorro. On ImageNet, Zorro improves the FID scores (4.10 -> 3.95, 3.80 -> 3.71).");
    expect(cs.map((c) => c.qualifier)).toEqual(["exact", "exact", "exact", "exact"]);
  });
});

describe("step counts", () => {
  it("a count of steps that sets up a run is not a result; few steps presented as a cost are", () => {
    expect(
      claims("We present Zorro. With guidance, 7 Heun steps already reach FID 2.3 on ImageNet.").map((c) => c.value),
    ).toEqual([2.3]);
    // "a GenEval score of 0.88 at NFE=1": the score is the score, only the count after it is the setting.
    expect(
      claims("We present Zorro. Zorro reaches a GenEval score of 0.88 at NFE=1.").map((c) => [c.value, c.metric]),
    ).toEqual([
      [0.88, "score"],
      [1, "nfe"],
    ]);
    const cs = claims("We present Zorro. Zorro reaches 1.61 FID in just 3 steps on ImageNet 256x256.");
    expect(cs.map((c) => [c.value, c.metric])).toEqual([
      [1.61, "fid"],
      [3, "nfe"],
    ]);
  });
});

describe("dataset levels", () => {
  it('"MATH Level 5" is a subset of MATH, paired in order in a "respectively" list', () => {
    const cs = claims(
      "Across MATH Level 5, GSM8K and MMLU, Zorro consistently outperforms fixed-round multi-agent debate with the same pool of models, reaching 61.5%, 95.5% and 88.0% accuracy, respectively.",
    );
    expect(cs.map((c) => [c.value, c.dataset])).toEqual([
      [61.5, "MATH Level 5"],
      [95.5, "GSM8K"],
      [88, "MMLU"],
    ]);
  });
});

describe("the paper's own system", () => {
  it('"We propose X" at a sentence start names the system, over a concept acronym defined later', () => {
    const cs = claims(
      "Agents forget. We propose MemLite, a small memory system for agents. We keep recent turns in short-term memory (STM) and facts in long-term memory (LTM). On LoCoMo, retrieval takes 42 ms.",
      "Small Memories for Large Agents",
    );
    expect(cs.map((c) => c.subject)).toEqual(["MemLite"]);
  });

  it("a name of plain words is the whole phrase the abstract repeats, never its first word", () => {
    const cs = claims(
      "We propose Sparse Recall, a retrieval scheme for long inputs. Sparse Recall reaches 81.2% accuracy on NarrativeQA.",
      "Remembering Less to Answer More",
    );
    expect(cs[0]!.subject).toBe("Sparse Recall");
  });

  it("a metric the abstract repeats is not the paper's system", () => {
    const cs = claims(
      "Nine open models were compared on 120 reports. Gemma2 reached an F1 score of 0.97, and the F1 scores of the others ranged widely, with an overall F1 of 0.91 for the pooled models.",
      "Comparing open language models for report coding in cardiology clinics",
    );
    expect(cs.map((c) => c.subject)).not.toContain("F1");
  });
});

describe("what a number was measured on", () => {
  it('"Built on X" names the base model, "on X processor" the hardware: neither is the dataset', () => {
    expect(
      claims("We present Zorro. Built on IndoBERT Large, Zorro reaches an F1 of 0.851 and an accuracy of 87.5%.").map(
        (c) => c.dataset,
      ),
    ).toEqual([null, null]);
    expect(
      claims("We present Zorro. On IBM's Heron r2 quantum processor, Zorro reaches 95.1% accuracy.")[0]!.dataset,
    ).toBeNull();
  });

  it("a task acronym is not a dataset: 'on QA tasks', 'across public MOS benchmarks', 'for OCR'", () => {
    for (const t of [
      "We present Zorro. Zorro reaches 71.5% on QA tasks.",
      "We present Zorro. Zorro reaches 91.5% on J&F across public MOS benchmarks.",
      "We present Zorro. For OCR, Zorro reaches a CER of 4.2%.",
    ])
      expect(claims(t).map((c) => c.dataset)).toEqual([null]);
    expect(claims("We present Zorro. Zorro reaches a win rate of 55.1% on MT-Bench.")[0]!.dataset).toBe("MT-Bench");
  });

  it("a name glued to a word by a hyphen is not a benchmark of its own ('part-QA benchmark')", () => {
    const cs = claims(
      "We present Zorro and a vocabulary-level part-QA benchmark, on which Zorro reaches 13.1% exact match.",
    );
    expect(cs.map((c) => c.dataset)).not.toContain("QA");
  });
});

describe("another quantity, another system", () => {
  it("the accuracy of a step around the task (routing, labeling, accepted answers) is its own metric", () => {
    const cs = claims(
      "We present Zorro. On MMLU, the Zorro router reaches 91.5% routing accuracy, and the answers reach 70.2% accuracy.",
    );
    expect(cs.map((c) => [c.value, c.metric])).toEqual([
      [91.5, "routing accuracy"],
      [70.2, "accuracy"],
    ]);
    expect(claims("We present Zorro. Zorro keeps 0.97 accepted accuracy on MATH-500.")[0]!.metric).toBe(
      "accepted accuracy",
    );
  });

  it("a number after a bare 'compared to' is the compared setting's, not the method's", () => {
    const cs = claims(
      "We present Zorro. Zorro lowers the judge's accuracy to 41%, compared to 75% on the original GSM8K.",
    );
    expect(cs.map((c) => [c.value, c.subject])).toEqual([
      [41, "Zorro"],
      [75, null],
    ]);
  });
});

describe("variants of the paper's system", () => {
  it("the variant written before the number is the system, not the family name", () => {
    const cs = claims(
      "ZorroNet-T achieves 83.1% top-1 accuracy on ImageNet. ZorroNet-XL reaches 87.9% top-1 accuracy on ImageNet.",
      "ZorroNet: Wider Receptive Fields",
    );
    expect(cs.map((c) => c.subject)).toEqual(["ZorroNet-T", "ZorroNet-XL"]);
  });

  it('"On A, Name34 reaches x, with Name272 reaching y": each depth its own number; the acting name is no dataset', () => {
    const cs = claims(
      "We propose ZNet. On CIFAR-10, ZNet34 reaches 92.0% test accuracy, with ZNet272 reaching 94.9% test accuracy.",
      "ZNet: Residual Learning with Product Units",
    );
    expect(cs.map((c) => [c.value, c.subject, c.dataset])).toEqual([
      [92, "ZNet34", "CIFAR-10"],
      [94.9, "ZNet272", "CIFAR-10"],
    ]);
  });
});
