import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../extractors/claims/index.js";
import { introducedBenchmark } from "../../../extractors/claims/paper-dataset.js";
import { ClaimSchema, type Claim } from "../../../extractors/types.js";

// Sentences written for these tests (not taken from any gold file).
const TITLE = "Zorro: Steering Small Reasoners";

function claims(abstract: string, title = TITLE): Claim[] {
  const out = extractClaims({ title, abstract });
  for (const c of out) expect(ClaimSchema.safeParse(c).success).toBe(true);
  return out;
}

const brief = (cs: Claim[]) => cs.map((c) => [c.value, c.metric, c.dataset]);

describe("each number its own dataset and metric", () => {
  it('"x% on A and y% on B": the dataset after each number is its own', () => {
    const cs = claims("We present Zorro. Zorro records 71.4% on MMBench and 58.2% on MMMU, and 33.0% on AIME 2024.");
    expect(brief(cs)).toEqual([
      [71.4, "accuracy", "MMBench"],
      [58.2, "accuracy", "MMMU"],
      [33, "accuracy", "AIME 2024"],
    ]);
  });

  it('"on A, B, and C ... x, y, and z, respectively": names listed before the numbers pair up in order', () => {
    const cs = claims(
      "Experiments on KITTI, Waymo, and DroneVehicle show that Zorro achieves 61.2, 70.4, and 55.9 mAP@0.5, respectively.",
    );
    expect(brief(cs)).toEqual([
      [61.2, "map", "KITTI"],
      [70.4, "map", "Waymo"],
      [55.9, "map", "DroneVehicle"],
    ]);
  });

  it("a parallel list in the same sentence takes the same names in the same order", () => {
    const cs = claims(
      "On GSM8K and MATH, Zorro reaches 81.0% and 44.5%, respectively, while plain prompting scores 70.2% and 31.9%.",
    );
    expect(brief(cs)).toEqual([
      [81, "accuracy", "GSM8K"],
      [44.5, "accuracy", "MATH"],
      [70.2, "accuracy", "GSM8K"],
      [31.9, "accuracy", "MATH"],
    ]);
  });

  it("a metric with a cutoff names its family; the variant stays in the evidence", () => {
    const c = claims(
      "We present Zorro. Zorro solves 17% Pass@8 on Putnam-style problems and reaches 0.412 nDCG@10 on BEIR.",
    );
    expect(c.map((x) => x.metric)).toEqual(["pass@k", "ndcg"]);
    expect(c[0]!.evidence).toContain("Pass@8");
    expect(claims("Zorro attains an F1-macro of 0.71 and an R^2 of 0.64.").map((x) => x.metric)).toEqual(["f1", "r2"]);
  });
});

describe("the paper's dataset", () => {
  it("results a sentence leaves unlabelled take the only dataset the abstract names", () => {
    const cs = claims(
      "We evaluate Zorro on the CheXpert dataset. Zorro reaches a diagnostic accuracy of 88.1%. It also runs 2.1x faster.",
    );
    expect(cs.find((c) => c.value === 88.1)?.dataset).toBe("CheXpert");
    // A speedup is measured on hardware, not on the dataset's answers.
    expect(cs.find((c) => c.value === 2.1)?.dataset).toBeNull();
  });

  it("with two datasets named, an unlabelled result stays without one", () => {
    const cs = claims("We evaluate Zorro on CheXpert and MIMIC-CXR. Zorro reaches a diagnostic accuracy of 88.1%.");
    expect(cs.find((c) => c.value === 88.1)?.dataset).toBeNull();
  });

  it("a benchmark the paper introduces is the dataset, never the system", () => {
    const title = "Quillbench: A Benchmark for Poetry Understanding";
    expect(introducedBenchmark(title)).toBe("Quillbench");
    expect(introducedBenchmark("Workspace-Bench 1.0: Agents at Work")).toBe("Workspace-Bench");
    expect(introducedBenchmark("Zorro: Steering Small Reasoners")).toBeNull();
    const cs = claims(
      "We introduce Quillbench, 2,000 annotated poems. The best model reaches only 61.5% accuracy, while humans reach 92.0%.",
      title,
    );
    for (const c of cs) {
      expect(c.dataset).toBe("Quillbench");
      expect(c.subject).not.toBe("Quillbench");
    }
  });
});

describe("whose number it is", () => {
  it("\"from x to y for M\": the starting value is the base model's, the result the method's on M", () => {
    const cs = claims("We present Zorro. With Zorro, accuracy on GSM8K improves from 54.1% to 66.3% for Qwen2.5-0.5B.");
    const [before, after] = [cs.find((c) => c.value === 54.1)!, cs.find((c) => c.value === 66.3)!];
    expect([before.subject, before.model ?? null]).toEqual(["Qwen2.5-0.5B", null]);
    expect([after.subject, after.model]).toEqual(["Zorro", "Qwen2.5-0.5B"]);
  });

  it('"from x to y" with nothing named: the starting value is nobody\'s', () => {
    const c = claims("We present Zorro. Zorro raises accuracy on GSM8K from 71.2% to 80.5%.").find(
      (x) => x.value === 71.2,
    )!;
    expect(c.subject).toBeNull();
  });

  it("a technical report is about the model it names", () => {
    const c = claims("It records 88.2% on MMBench.", "Kestrel-VL-9B Technical Report")[0]!;
    expect([c.subject, c.dataset, c.metric]).toEqual(["Kestrel-VL-9B", "MMBench", "accuracy"]);
  });

  it("a question-answering set is scored by accuracy; a dataset or its new split is never the system", () => {
    expect(claims("We present Zorro. Zorro reaches 74% on ChartQA-Hard.")[0]!.metric).toBe("accuracy");
    const c = claims(
      "We report 8.5% error on CIFAR10-C and propose a new dataset (ImageNet-Q).",
      "Adapting at test time helps",
    )[0]!;
    expect(c.subject).not.toBe("ImageNet-Q");
  });
});

describe("another system's number", () => {
  it.each([
    ["Zorro lifts accuracy on CIFAR-10 to 94.1%, compared to the original 81.8%.", 81.8, "original"],
    ["On ImageNet, Zorro reaches 79.2%, matching the Oracle baseline (79.5%).", 79.5, "Oracle baseline"],
    [
      "On GSM8K and MATH, Zorro reaches 81.0% and 44.5%, respectively, outperforming role-play baselines, which score 70.2% and 31.9%.",
      31.9,
      "role-play baselines",
    ],
  ])("%s", (text, value, other) => {
    const cs = claims(`We present Zorro. ${text}`);
    expect(cs.find((c) => c.value === value)?.subject).toBe(other);
    expect(cs.filter((c) => c.subject === "Zorro").map((c) => c.value)).not.toContain(value);
  });

  it('"improves accuracy to x%" reports the level reached', () => {
    expect(claims("We present Zorro. Zorro improves accuracy on CIFAR-10 to 94.1%.")[0]!.kind).toBe("absolute");
    expect(claims("We present Zorro. Zorro improves accuracy on CIFAR-10 by up to 4.1%.")[0]!.kind).toBe("delta");
  });

  it("a short acronym alone is a topic, not a dataset; in a list of names it is one", () => {
    expect(claims("We present Zorro. For screening of DR, Zorro reaches an accuracy of 84%.")[0]!.dataset).toBeNull();
    const cs = claims(
      "Experiments on FFU, FLIR and M3FD show that Zorro achieves 40.5, 61.2 and 70.4 mAP, respectively.",
    );
    expect(cs.map((c) => c.dataset)).toEqual(["FFU", "FLIR", "M3FD"]);
  });
});

describe("what was measured", () => {
  it("a metric written with its IoU threshold is not a GPU name", () => {
    const c = claims("We present Zorro. Zorro reaches 45.1 AP50 on COCO.")[0]!;
    expect([c.value, c.metric, c.dataset]).toEqual([45.1, "ap", "COCO"]);
    expect(claims("We present Zorro. Zorro trains on 8 A100 GPUs.")).toEqual([]);
  });

  it("training accuracy is a setting of its own, never the test board", () => {
    expect(claims("We present Zorro. Zorro attains 99.2% training accuracy on CIFAR-10.")[0]!.condition).toBe(
      "training set",
    );
  });
});

describe("numbers that are not the method's score", () => {
  it("a level not reached is no result", () => {
    expect(
      claims("We present Zorro. Zorro does not achieve a 100% accuracy on ImageNet because of label noise."),
    ).toEqual([]);
  });

  it("a named system's bracketed number is its own; a dataset's or a metric's bracket is not a system", () => {
    const cs = claims("We present Zorro. Zorro-B reaches 91.0% on ImageNet, comparable to ConvNext-B (91.9%).");
    expect(cs.find((c) => c.value === 91.9)?.subject).toBe("ConvNext-B");
    expect(claims("We present Zorro. With o3-mini-high, Zorro sets new results on GSM8K (98.1%).")[0]!.subject).toBe(
      "Zorro",
    );
    expect(claims("We present Zorro. Zorro has the best overall F1 (0.92) on BIPIA.")[0]!.subject).toBe("Zorro");
  });

  it('"the initial model already achieves x%" is the starting model\'s number', () => {
    const cs = claims(
      "We present Zorro. On GSM8K, where the initial reasoner already achieves 95.6% accuracy, Zorro improves accuracy to 96.9%.",
    );
    expect(cs.map((c) => [c.value, c.subject])).toEqual([
      [95.6, "initial reasoner"],
      [96.9, "Zorro"],
    ]);
  });

  it("a share of performance kept is not a score; a size alone is not a system", () => {
    expect(claims("We present Zorro. Zorro maintains 99.9% performance on MMLU.")[0]!.kind).toBe("ratio");
    const c = claims("We present Zorro. Zorro enables a 1.5B model to reach an accuracy of 42.3% on AIME 2024.")[0]!;
    expect([c.subject, c.model ?? null]).toEqual(["Zorro", null]);
  });

  it("a dataset a model was trained on is not where the paper's results were measured", () => {
    const c = claims("Zorro is pre-trained on ImageNet. Zorro reaches 99.2% accuracy on our plant disease photos.")[0]!;
    expect(c.dataset).toBeNull();
  });

  it("'ImageNet pretraining' and 'models pretrained on the generic ImageNet dataset' are not where results were measured", () => {
    const c = claims(
      "We compare domain pretraining to ImageNet pretraining. Zorro achieves a 95.5% accuracy on our validation set. It beats models pretrained on the generic ImageNet dataset.",
    )[0]!;
    expect(c.dataset).toBeNull();
  });

  it("the far end of an 'x vs y' pair is the compared system's, and both ends take the pair's dataset", () => {
    const who = (t: string) => claims(t).map((c) => [c.value, c.subject, c.dataset]);
    expect(who("We show Zorro nearly matches Supervised Fine-Tuning (93.9% vs 94.3% on GSM8K).")).toEqual([
      [93.9, "Zorro", "GSM8K"],
      [94.3, "Supervised Fine-Tuning", "GSM8K"],
    ]);
    expect(who("On COCO, Zorro reaches 52.2 versus 51.9 mAP for DETR.").map(([v, sub]) => [v, sub])).toEqual([
      [52.2, "Zorro"],
      [51.9, "DETR"],
    ]);
    expect(who("On COCO, Zorro reaches 52.2 versus 51.9 mAP.").map(([v, sub]) => [v, sub])).toEqual([
      [52.2, "Zorro"],
      [51.9, null],
    ]);
  });

  it("an own name inside a longer one does not stand for it ('Ray' in 'CrossRay3D')", () => {
    const cs = claims(
      "We design Ray Positional Encoding (Ray PE). We integrate it into a detector, dubbed CrossRay3D. On nuScenes, CrossRay3D achieves 72.4 mAP.",
      "CrossRay3D: Geometry Guidance for 3D Detection",
    );
    expect(cs.map((c) => c.subject)).toEqual(["CrossRay3D"]);
  });

  it("a metric's name is never the system ('F1 of 92.87%' is SChanger's)", () => {
    const cs = claims(
      "SChanger: semantic change detection. Results show F1 of 92.87% on LEVIR-CD.",
      "SChanger: Change Detection from a Semantic Change Perspective",
    );
    expect(cs.map((c) => c.subject)).toEqual(["SChanger"]);
  });

  it("codebook utilization is a resource share, not the paper's benchmark score; 'DPG score' is DPG-Bench's", () => {
    const cs = claims(
      "We evaluate on GenEval. Zorro achieves 100% codebook utilization. Zorro attains a DPG score of 86.7.",
    );
    expect(cs.map((c) => [c.value, c.metric, c.dataset])).toEqual([
      [100, "utilization", null],
      [86.7, "score", "DPG"],
    ]);
  });

  it("frozen ImageNet backbones are where features were learned, not where results were measured", () => {
    const c = claims(
      "Zorro uses frozen ImageNet backbones with a small head. The ensemble reaches 99.1% on our held-out leaf photos.",
    )[0]!;
    expect(c.dataset).toBeNull();
  });

  it("a range of gains stays a range of changes, however it is written", () => {
    const kinds = (t: string) => claims(t).map((c) => [c.value, c.kind]);
    expect(kinds("Zorro shows gains of 10.93--32.82% in top-1 accuracy on ImageNet.")).toEqual([
      [10.93, "delta"],
      [32.82, "delta"],
    ]);
    expect(kinds("Zorro shows gains of 10.93% to 32.82% in top-1 accuracy on ImageNet.")).toEqual([
      [10.93, "delta"],
      [32.82, "delta"],
    ]);
    expect(kinds("Zorro raises accuracy from 10.9% to 32.8% on ImageNet.").map(([, k]) => k)).toEqual([
      "absolute",
      "absolute",
    ]);
    expect(
      claims("Zorro improves the SoTA on Nr3D and ScanRefer by 4.3% and 5.0% accuracy, respectively.").map((c) => [
        c.value,
        c.dataset,
      ]),
    ).toEqual([
      [4.3, "Nr3D"],
      [5, "ScanRefer"],
    ]);
  });

  it("a number that only adds a dataset to a change before it is a change too", () => {
    const kinds = (t: string) => claims(t).map((c) => [c.value, c.kind, c.dataset]);
    expect(kinds("Zorro saves 61.24% bandwidth on ImageNet1000, 83.68% on CIFAR100, and 42.25% on COCO.")).toEqual([
      [61.24, "delta", "ImageNet1000"],
      [83.68, "delta", "CIFAR100"],
      [42.25, "delta", "COCO"],
    ]);
    expect(
      kinds("Zorro reaches 99.3% accuracy on CIFAR10, 89% on CIFAR100, and 70.4% on ImageNet.").map(([, k]) => k),
    ).toEqual(["absolute", "absolute", "absolute"]);
  });

  it("'x% success against' an attacked model is a success rate, and a factor that improves time is a speedup", () => {
    expect(claims("On ImageNet, Zorro achieves 70.6% success against ResNet.")[0]!.metric).toBe("success rate");
    expect(
      claims("Zorro gives an 18x -- 75x improvement in inference times on Rest-ADL.").map((c) => c.metric),
    ).toEqual(["speedup", "speedup"]);
  });
});

describe("metrics named in prose", () => {
  it("an acronym the registry does not know is recorded as named; hardware and fields are not metrics", () => {
    expect(claims("We present Zorro. Zorro reaches an FNIR of 0.3% on our gallery.")[0]!.metric).toBe("fnir");
    expect(claims("We present Zorro. Zorro runs with a GPU of 3 years age.")).toEqual([]);
  });

  it('"reward model" is a kind of model, not the reward metric', () => {
    const cs = claims("We present Zorro. Zorro lifts the accuracy of the text-based reward model from 55% to 64%.");
    expect(cs.map((c) => c.metric)).toEqual(["accuracy", "accuracy"]);
  });
});

describe("dataset names", () => {
  it('"A dataset comprising ..." names no dataset "A"', () => {
    const c = claims(
      "We present Zorro. A dataset comprising nine devices is used. Zorro reaches an accuracy of 99.2%.",
    ).find((x) => x.value === 99.2)!;
    expect(c.dataset).toBeNull();
  });
});

describe("models that help are not what the method ran on", () => {
  it('"with a ResNet-34 teacher": the student is the base model', () => {
    const cs = claims(
      "We present Zorro. Zorro boosts the ImageNet top-1 accuracy of ResNet18 from 69.90% to 71.96% with a ResNet-34 teacher.",
    );
    expect(cs.map((c) => [c.value, c.subject, c.model ?? null])).toEqual([
      [69.9, "ResNet18", null],
      [71.96, "Zorro", "ResNet18"],
    ]);
  });
});

describe("a compared system's own number", () => {
  it.each([
    ["Zorro reaches FID 2.05 on ImageNet, compared to the pretrained VAR-d30 (FID 1.95).", 1.95, "VAR-d30"],
    ["Zorro reaches FID 1.02 on ImageNet, outperforming the 1B-parameter SFD-XXL result of FID 1.04.", 1.04, "SFD-XXL"],
    [
      "Zorro reaches 71.98% on MATH-500, surpassing the heavier WizardMath pipeline at 70.9% on MATH.",
      70.9,
      "WizardMath",
    ],
  ])("%s", (text, value, other) => {
    expect(claims(`We present Zorro. ${text}`).find((c) => c.value === value)?.subject).toBe(other);
  });

  it('"outperforms X by 3.8%" is still the method\'s margin', () => {
    expect(claims("We present Zorro. Zorro outperforms GPT-4o by 3.8% on MATH.")[0]!.subject).toBe("Zorro");
  });

  it("a dataset in brackets right after a number is that number's", () => {
    const cs = claims("We present Zorro. Zorro reaches 99.38% (MNIST), 41.69% (CIFAR100), and 74.05% (STL10).");
    expect(cs.map((c) => c.dataset)).toEqual(["MNIST", "CIFAR100", "STL10"]);
  });

  it("names listed after 'on', each with its result in brackets, are datasets, not systems", () => {
    const cs = claims(
      "We present Zorro. Zorro achieves state-of-the-art results on ImageNet-1K (60.1%), ImageNette (87.2%), and ImageWoof (72.9%).",
    );
    expect(cs.map((c) => [c.value, c.dataset, c.subject])).toEqual([
      [60.1, "ImageNet-1K", "Zorro"],
      [87.2, "ImageNette", "Zorro"],
      [72.9, "ImageWoof", "Zorro"],
    ]);
  });

  it("a bracketed gain between a number and its dataset does not shift the pairing", () => {
    const cs = claims(
      "We present Zorro. Zorro reaches 67.1% (+5.3%) on AIME24, 59.5% (+10.0%) on AIME25, and 35.5% (+4.0%) on HMMT25.",
    );
    const levels = cs.filter((c) => c.kind === "absolute").map((c) => [c.value, c.dataset]);
    expect(levels).toEqual([
      [67.1, "AIME24"],
      [59.5, "AIME25"],
      [35.5, "HMMT25"],
    ]);
  });
});

describe("the task of a dataset that hosts several", () => {
  const task = (abstract: string, title = TITLE) =>
    claims(abstract, title)
      .filter((c) => c.kind === "absolute")
      .map((c) => [c.value, c.condition ?? null]);

  it("a task named beside the number, or leading the sentence, keys a multi-task dataset's number", () => {
    expect(
      task("Zorro achieves 57.8 mAP on COCO panoptic segmentation and 50.1 AP on COCO instance segmentation."),
    ).toEqual([
      [57.8, "panoptic segmentation"],
      [50.1, "instance segmentation"],
    ]);
    expect(task("On nuScenes mapping, Zorro lifts the baseline from 61.5 to 67.4 mAP.")).toEqual([
      [61.5, "map construction"],
      [67.4, "map construction"],
    ]);
  });

  it("the title's task applies when the sentence names none, unless the title names the usual task too", () => {
    expect(
      task("Zorro reaches 65.2% mAP on nuScenes.", "Zorro: Sparse Representations for HD Map Construction"),
    ).toEqual([[65.2, "map construction"]]);
    expect(task("Zorro reaches 70.1 mAP on nuScenes.", "Zorro: 3D Object Detection and Multi-Object Tracking")).toEqual(
      [[70.1, null]],
    );
  });

  it("a dataset with one task, or a cost metric, gets none", () => {
    expect(task("Zorro reaches 82.3 mIoU on Pascal VOC.", "Zorro: Instance Segmentation for All")).toEqual([
      [82.3, null],
    ]);
  });
});

describe("attribution: the paper's own number or another system's", () => {
  const owner = (text: string) => claims(`We present Zorro. ${text}`).map((c) => [c.value, c.subject, c.attribution]);

  it.each([
    [
      "Zorro reaches 94.1% on GSM8K, compared to the original 81.8%.",
      [
        [94.1, "Zorro", "own"],
        [81.8, "original", "other"],
      ],
    ],
    [
      "Zorro reaches 92.4% on CIFAR-10, comparable to ConvNext-B (91.92%).",
      [
        [92.4, "Zorro", "own"],
        [91.92, "ConvNext-B", "other"],
      ],
    ],
    [
      "Zorro improves accuracy on GSM8K from 54.0% to 66.1% for Qwen2.5-7B.",
      [
        [54, "Qwen2.5-7B", "other"],
        [66.1, "Zorro", "own"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(owner(text)).toEqual(expected);
  });

  it('"outperforms X by 3.8%" is the method\'s own margin', () => {
    expect(owner("Zorro outperforms GPT-4o by 3.8% on MATH.")).toEqual([[3.8, "Zorro", "own"]]);
  });

  it('"from x to y" with nothing named gives the start to nobody, so it is no other system\'s', () => {
    const cs = claims("We present Zorro. Zorro raises accuracy on GSM8K from 54.0% to 66.1%.");
    expect(cs.filter((c) => c.attribution === "other")).toEqual([]);
  });
});
