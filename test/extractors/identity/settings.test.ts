import { describe, expect, it } from "vitest";
import { normalizeSetting } from "../../../extractors/identity/settings.js";

type Parts = Array<string | null | undefined>;
const key = (p: Parts): string => normalizeSetting(p).key;

const KEYS: Array<[Parts, string]> = [
  [[], ""],
  [[null, undefined, "  "], ""],
  [["0-shot"], "zero-shot"],
  [["zero shot"], "zero-shot"],
  [["5-shot"], "5-shot"],
  [["five-shot"], "5-shot"],
  [["few-shot (5)"], "5-shot"],
  [["16 shots"], "16-shot"],
  [["5 in-context examples"], "5-shot"],
  [["few-shot"], "few-shot"],
  [["fine-tuning"], "fine-tuned"],
  [["supervised fine-tuning"], "fine-tuned"],
  [["linear probing"], "linear probe"],
  [["frozen features"], "linear probe"],
  [["kNN"], "k-nn"],
  [["20-NN"], "20-nn"],
  [["1% labels"], "semi-supervised 1% labels"],
  [["semi-supervised (10%)"], "semi-supervised 10% labels"],
  [["1/8 (12.5%) labeled data"], "semi-supervised 12.5% labels"],
  [["uses additional data"], "extra data"],
  [["without extra data"], ""],
  [["pass@16"], "pass@16"],
  [["cons@64"], "maj@64"],
  [["with chain-of-thought"], "chain-of-thought"],
  // The board as reported: numbers are test numbers unless the source says otherwise.
  [["test split"], ""],
  [["dev split"], "dev"],
  [["4-bit"], "4-bit"],
  [["in the zero-shot setting"], "zero-shot"],
  [["extra data", "zero-shot"], "zero-shot; extra data"],
];

// Spellings of one setting or task: one key, whatever the order of the pieces.
const SAME: Array<[Parts, Parts]> = [
  [["0-shot"], ["Zero-Shot"]],
  [["5-shot"], ["five shot"]],
  [["one-shot"], ["1-shot"]],
  [["fine-tuning"], ["finetuned"]],
  [["full fine-tuning"], ["fine-tuned"]],
  [["linear evaluation"], ["linear probe"]],
  [["k-NN"], ["kNN"]],
  [["10% of labels"], ["semi-supervised (10%)"]],
  [["10% labels"], ["10% labeled data"]],
  [["extra training data"], ["uses additional data"]],
  [["pre-trained on JFT-300M"], ["extra data"]],
  [["pass@1"], ["pass @ 1"]],
  [["maj@32"], ["majority voting (32)"]],
  [["CoT"], ["chain of thought"]],
  [["test split"], ["test set"]],
  [["dev split"], ["validation set"]],
  [["4-bit"], ["4 bit"]],
  [
    ["zero-shot", "uses additional data"],
    ["uses additional data", "zero-shot"],
  ],
  [["zero-shot, CoT"], ["CoT", "zero-shot"]],
  [["A100"], ["a100"]],
  [["Named Entity Recognition"], ["named entity recognition"]],
  [["NER"], ["Named-Entity Recognition"]],
  [["Language Modelling"], ["Language modeling"]],
  [["Timex Normalisation"], ["Timex normalization"]],
  [["Part-Of-Speech Tagging"], ["POS tagging"]],
  [["Automatic speech recognition (ASR)"], ["Speech Recognition"]],
  [["Open-Domain Question Answering"], ["Open-domain Question Answering"]],
  [["Birds Eye View Object Detection"], ["Bird's-Eye-View Object Detection"]],
  [["BEV Object Detection"], ["Birds Eye View Object Detection"]],
  [["3D Object Detection"], ["3-D object detection"]],
  [
    ["Link Prediction", "test split"],
    ["test split", "link prediction"],
  ],
  [["Zero-Shot Image Classification"], ["image classification", "zero-shot"]],
  [["low resource scenario"], ["Low  resource scenario"]],
];

const DIFFERENT: Array<[Parts, Parts]> = [
  [["zero-shot"], []],
  [["zero-shot"], ["5-shot"]],
  [["5-shot"], ["few-shot"]],
  [["1-shot"], ["5-shot"]],
  [["fine-tuned"], ["linear probe"]],
  [["k-NN"], ["20-NN"]],
  [["1% labels"], ["10% labels"]],
  [["extra data"], []],
  [["pass@1"], ["pass@16"]],
  [["maj@32"], ["maj@64"]],
  [["CoT"], ["w/o CoT"]],
  [["test split"], ["dev split"]],
  [["4-bit"], ["8-bit"]],
  [["A100"], ["H100"]],
  [["zero-shot"], ["zero-shot", "extra data"]],
  [["Semi-Supervised Video Object Segmentation"], ["Unsupervised Video Object Segmentation"]],
  [["3D Object Detection"], ["Birds Eye View Object Detection"]],
  [["Link Prediction"], ["Node Classification"]],
  [["Named Entity Recognition"], ["Nested Named Entity Recognition"]],
  [["Image Classification"], ["Fine-Grained Image Classification"]],
  [["low resource scenario"], ["high resource scenario"]],
];

describe("normalizeSetting", () => {
  it.each(KEYS)("%j -> %s", (parts, k) => expect(key(parts)).toBe(k));
  it.each(SAME)("%j = %j", (a, b) => expect(key(a)).toBe(key(b)));
  it.each(DIFFERENT)("%j != %j", (a, b) => expect(key(a)).not.toBe(key(b)));

  it("labels with capitals and keeps notations as written", () => {
    expect(normalizeSetting(["zero shot"]).label).toBe("Zero-shot");
    expect(normalizeSetting(["kNN"]).label).toBe("k-NN");
    expect(normalizeSetting(["Link Prediction"]).label).toBe("Link prediction");
    expect(normalizeSetting([]).label).toBe("");
  });
});

describe("protocols only (an abstract's wording)", () => {
  it("keeps known protocols and leaves free text to the claim's condition", () => {
    expect(normalizeSetting(["zero-shot, with 8 sampling steps"], { protocolsOnly: true }).key).toBe("zero-shot");
    expect(normalizeSetting(["8 sampling steps"], { protocolsOnly: true }).key).toBe("");
    expect(normalizeSetting(["Link Prediction"]).key).not.toBe("");
  });

  it("keeps a task that shares a dataset's metric, keyed as a table's task of those words is", () => {
    for (const t of [
      "map construction",
      "instance segmentation",
      "panoptic segmentation",
      "pose estimation",
      "tracking",
    ]) {
      const text = normalizeSetting([`${t}, 8 sampling steps`], { protocolsOnly: true }).key;
      expect(text).toBe(normalizeSetting([t]).key);
      expect(text).not.toBe("");
    }
    expect(normalizeSetting(["Instance Segmentation"]).key).toBe("instance segmentation");
    expect(normalizeSetting(["3D Human Pose Estimation"]).key).toBe("3d human pose estimation");
    expect(normalizeSetting(["multi-object tracking results"], { protocolsOnly: true }).key).toBe("");
  });
});
