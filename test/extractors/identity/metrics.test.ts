import { describe, expect, it } from "vitest";
import { METRIC_REGISTRY } from "../../../extractors/identity/metric-registry.js";
import {
  detectScale,
  metricFacts,
  metricVariantFromText,
  resolveMetric,
  toPercentScale,
} from "../../../extractors/identity/metrics.js";
import {
  ALL_METRICS,
  lookupMetricAlias,
  METRIC_FAMILIES,
  metricByName,
  METRICS,
  withinBounds,
} from "../../../extractors/metrics.js";
import { mapMetricHeader } from "../../../extractors/tables/metric-names.js";

const GUIDELINES_FAMILIES =
  `accuracy, top-1 accuracy, top-5 accuracy, error rate, f1, exact match, precision, recall, auc,
map, ap, miou, iou, dice, bleu, rouge-l, rouge-1, rouge-2, meteor, cider, perplexity, bits per byte,
loss, wer, cer, per, eer, fid, is, fvd, clip score, psnr, ssim, lpips, pass@1, pass@k, win rate,
success rate, reward, elo, speedup, throughput, latency, inference time, training time, memory,
parameters, flops, energy, cost, model size, compression ratio, sample efficiency, score`
    .split(",")
    .map((s) => s.trim());

describe("resolveMetric: spellings of one metric meet", () => {
  it.each<[string, string[]]>([
    ["recall@10", ["R@10", "Recall@10", "recall at 10", "R @ 10", "RECALL@10"]],
    ["recall@1", ["R@1", "Recall@1", "recall@1"]],
    ["macro-f1", ["Macro-F1", "macro F1", "Macro F1", "F1 (macro)", "F1-macro", "macro-averaged F1", "MaF1"]],
    ["micro-f1", ["Micro-F1", "micro F1", "F1 micro", "Mi-F1"]],
    ["f1", ["F1", "F1 score", "F1-Score", "F-measure"]],
    ["ap50", ["AP50", "AP@0.5", "AP_50", "AP@.5", "AP 0.5", "AP@50", "AP$_{50}$"]],
    ["ap75", ["AP75", "AP@0.75", "AP_75"]],
    ["aps", ["APS", "AP_S", "APs", "AP small"]],
    ["box ap", ["box AP", "AP^box", "APbox", "bbox AP", "AP^bb", "Bounding Box AP"]],
    ["box ap75", ["APbb75", "box AP75", "AP^box_75"]],
    ["mask ap", ["mask AP", "AP^mask", "APmask", "AP^mk"]],
    ["map", ["mAP", "MAP", "mean average precision", "mAP@0.5:0.95", "mAP@[.5:.95]"]],
    ["map50", ["mAP50", "mAP@0.5", "mAP@50", "mAP IOU@0.5", "Mean AP @ 0.5"]],
    ["ap", ["AP", "Average Precision", "AP@[.5:.95]"]],
    ["ms-ssim", ["MS-SSIM", "MS SSIM", "multi-scale SSIM"]],
    ["ssim", ["SSIM", " SSIM"]],
    ["auroc", ["AUROC", "AUC-ROC", "ROC AUC", "ROC-AUC", "AU-ROC"]],
    ["auprc", ["AUPRC", "AP-PR", "PR AUC", "PR-AUC", "AUPR"]],
    ["auc", ["AUC", "auc", "Area under curve"]],
    ["top-1 accuracy", ["Top 1 Accuracy", "Top-1 Accuracy", "top1 acc", "Top-1", "Acc@1", "Top-1 (%)"]],
    ["top-5 accuracy", ["Top 5 Accuracy", "top-5", "Accuracy@5"]],
    ["perplexity", ["PPL", "Perplexity", "Test perplexity"]],
    ["flops", ["FLOPs", "GFLOPs", "FLOPS", "GFlops", "MACs"]],
    ["fid", ["FID", "FID-50K", "fid50k", "Frechet Inception Distance", "Fréchet Inception Distance"]],
    ["parameters", ["Params", "Params (M)", "Number of params", "# Params", "#Params"]],
    ["ndcg@10", ["nDCG@10", "NDCG@10", "ndcg at 10"]],
    ["hits@10", ["Hits@10", "Hit@10"]],
    ["pass@16", ["pass@16", "Pass@16", "pass @ 16"]],
    ["top-1 error", ["Top-1 Error", "Top-1 Error Rate", "top1 error"]],
    ["wer", ["WER", "Word Error Rate", "Word Error Rate (WER)", "WER (%)"]],
    ["bd-rate", ["BD-rate", "BD rate", "BDrate"]],
    ["δ1", ["δ1", "δ<1.25", "delta1"]],
    ["abs rel", ["AbsRel", "Abs Rel", "absolute relative error"]],
    ["rank-1", ["Rank-1", "rank1", "Rank-1 Recognition Rate"]],
    ["recall", ["Recall", "sensitivity", "TPR"]],
    // Names the registry does not list: the generic rules build them from the family.
    ["recall@37", ["R@37", "Recall@37", "recall at 37"]],
    ["macro-precision", ["Macro Precision", "precision (macro)"]],
    ["weighted-auroc", ["weighted AUROC", "AUROC (weighted)"]],
    ["ap65", ["AP65", "AP@0.65", "AP_65"]],
    ["mask aps", ["mask APs", "AP^mask_S"]],
    ["3d ap70", ["AP3D70", "3D AP70"]],
    ["top-3 accuracy", ["Top-3 Accuracy", "top3 acc", "top 3 accuracy"]],
    ["mrr@10", ["MRR@10", "mrr at 10"]],
    ["hr@20", ["HR@20", "hit ratio@20"]],
    ["cons@32", ["cons@32", "Cons@32"]],
    ["maj@8", ["maj@8", "Maj@8"]],
    ["my new score", ["My  New Score", "my new score"]],
  ])("%s", (name, spellings) => {
    for (const s of spellings) expect([s, resolveMetric(s).name]).toEqual([s, name]);
  });
});

describe("resolveMetric: variants never meet", () => {
  it.each<[string, string]>([
    ["R@1", "R@10"],
    ["Recall@5", "Recall"],
    ["Macro-F1", "Micro-F1"],
    ["Macro-F1", "F1"],
    ["Weighted-F1", "Macro-F1"],
    ["AP", "AP50"],
    ["AP50", "AP75"],
    ["AP", "APS"],
    ["APS", "APM"],
    ["APm", "AP^m"],
    ["AP", "mAP"],
    ["box AP", "mask AP"],
    ["box AP", "AP"],
    ["SSIM", "MS-SSIM"],
    ["AUROC", "AUPRC"],
    ["AUROC", "AUC"],
    ["Top-1 Accuracy", "Top-5 Accuracy"],
    ["Top-1 Accuracy", "Accuracy"],
    ["BLEU", "BLEU-4"],
    ["ROUGE", "ROUGE-1"],
    ["SI-SDR", "SI-SDRi"],
    ["SDR", "SI-SDR"],
    ["FID", "sFID"],
    ["FID", "KID"],
    ["pass@1", "pass@10"],
    ["mAP@10", "mAP@0.1"],
    ["nDCG@5", "nDCG@10"],
    ["Hits@1", "Hits@3"],
    ["PQ", "PQth"],
    ["mIoU", "IoU"],
    ["MPJPE", "PA-MPJPE"],
    ["R@37", "R@38"],
    ["macro-foo", "micro-foo"],
    ["foo@5", "foo@50"],
    ["R10@1", "R@10"],
    ["R2@1", "R2"],
  ])("%s != %s", (a, b) => {
    expect(resolveMetric(a).name).not.toBe(resolveMetric(b).name);
  });
});

describe("resolveMetric: identities", () => {
  it("every output is a fixed point", () => {
    const samples = [
      "R@10",
      "Macro-F1",
      "AP^mask_50",
      "mAP@0.5:0.95",
      "Accuracy (CS)",
      "text-to-video R@1",
      "F1@10%",
      "foo@5",
      "Macro-Foo",
      "Top 1 Accuracy (kNN)",
      "Average MPJPE (mm)",
      "MSE (10^-2, 50% missing)",
      "Speed  (FPS)",
      "1 in 10 R@2",
      "ΔPESQ",
      ...METRIC_REGISTRY.map((s) => s.name),
      ...METRIC_REGISTRY.flatMap((s) => s.aliases),
    ];
    for (const s of samples) {
      const name = resolveMetric(s).name;
      expect([s, resolveMetric(name).name]).toEqual([s, name]);
    }
  });

  it("every registry row resolves to itself, through its aliases too", () => {
    for (const s of METRIC_REGISTRY) {
      expect(resolveMetric(s.name).name).toBe(s.name);
      expect(resolveMetric(s.display).name).toBe(s.name);
      for (const a of s.aliases) expect([a, resolveMetric(a).name]).toEqual([a, s.name]);
    }
  });

  it("names are unique and families exist", () => {
    const names = METRIC_REGISTRY.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThan(300);
    for (const s of METRIC_REGISTRY) expect([s.name, names.includes(s.family)]).toEqual([s.name, true]);
  });

  it("keeps the GUIDELINES family names as families", () => {
    for (const f of GUIDELINES_FAMILIES) {
      const id = resolveMetric(f);
      expect([f, id.name, id.family, id.known]).toEqual([f, f, f, true]);
    }
  });
});

describe("metric facts", () => {
  it.each<[string, Partial<ReturnType<typeof resolveMetric>>]>([
    ["FLOPs", { display: "FLOPs", direction: "lower", known: true }],
    ["mIoU", { display: "mIoU", direction: "higher", unit: "%", scale: "percent", min: 0, max: 100 }],
    ["EER", { display: "EER", direction: "lower", scale: "percent" }],
    ["FID", { display: "FID", direction: "lower", scale: null }],
    ["R@10", { display: "Recall@10", family: "recall", direction: "higher", scale: "percent" }],
    ["macro f1", { display: "Macro-F1", family: "f1", direction: "higher" }],
    ["AP50", { display: "AP50", family: "ap" }],
    ["box AP", { display: "box AP", family: "ap" }],
    ["SSIM", { direction: "higher", scale: "fraction", max: 1 }],
    ["PSNR", { direction: "higher", unit: "dB" }],
    ["WER", { direction: "lower", unit: "%", max: null }],
    ["LPIPS", { direction: "lower" }],
    ["minDCF", { display: "minDCF", direction: "lower" }],
    ["FPR95", { family: "fpr", direction: "lower" }],
    ["BD-rate", { direction: "lower", min: null }],
    ["GenEval", { scale: "fraction", max: 1 }],
    ["HOTA", { direction: "higher", scale: "percent" }],
    ["PPL", { display: "Perplexity", direction: "lower", min: 1 }],
  ])("%s", (name, facts) => {
    expect(resolveMetric(name)).toMatchObject({ directionKnown: true, known: true, ...facts });
  });

  it("gives dynamic variants the facts of their family", () => {
    expect(metricFacts("recall@37")).toMatchObject({
      name: "recall@37",
      family: "recall",
      display: "Recall@37",
      direction: "higher",
      scale: "percent",
      known: true,
    });
    expect(metricFacts("top-7 error")).toMatchObject({ family: "error rate", direction: "lower", known: true });
    expect(metricFacts("macro-precision")).toMatchObject({ family: "precision", direction: "higher" });
    expect(metricFacts("mask aps")).toMatchObject({ family: "ap", display: "mask APs" });
    expect(metricFacts("pass@64")).toMatchObject({ family: "pass@k", direction: "higher" });
  });

  it("keeps an unknown name as written, with a guessed direction", () => {
    expect(resolveMetric("Number of  Solved Puzzles")).toMatchObject({
      name: "number of solved puzzles",
      display: "Number of Solved Puzzles",
      known: false,
      directionKnown: false,
      direction: "higher",
      scale: null,
    });
    expect(resolveMetric("Reconstruction Loss (L2)")).toMatchObject({
      known: false,
      directionKnown: false,
      direction: "lower",
    });
    expect(resolveMetric("Angular Error")).toMatchObject({ known: false, direction: "lower" });
  });
});

describe("metricVariantFromText", () => {
  it.each<[string, string, string]>([
    ["recall", "R@10 of 56.2", "recall@10"],
    ["recall", "more than 11.8% improvement in Recall@10", "recall@10"],
    ["recall", "recall at 5 of 40.1", "recall@5"],
    ["recall", "87.5 percent recall", "recall"],
    ["f1", "macro-F1 of 71.2", "macro-f1"],
    ["f1", "Macro F1-score of 25.5%", "macro-f1"],
    ["f1", "F1-macro score of 0.6234", "macro-f1"],
    ["f1", "F1 score of only 42.7%", "f1"],
    ["f1", "F1@3 increases from 37.0", "f1@3"],
    ["ap", "AP50 of 61.3", "ap50"],
    ["ap", "29.0\\% AP", "ap"],
    ["ap", "45.1 box AP on COCO", "box ap"],
    ["ap", "AP$_{75}$ of 50.2", "ap75"],
    ["map", "85.5 mAP@0.5", "map50"],
    ["map", "96.7% mAP@50", "map50"],
    ["map", "52.7% mAP", "map"],
    ["map", "mask AP of 40.1", "mask ap"],
    ["auc", "0.943 AUC-ROC", "auroc"],
    ["auc", "AUC 0.746", "auc"],
    ["auc", "upto 30% on the AUPRC metric", "auprc"],
    ["pass@k", "pass@16", "pass@16"],
    ["pass@k", "16% Pass@8 on Level I", "pass@8"],
    ["pass@1", "up to 4% pass@1", "pass@1"],
    ["accuracy", "balanced accuracy of 80%", "balanced accuracy"],
    ["accuracy", "top-3 accuracy of 91%", "top-3 accuracy"],
    ["accuracy", "an accuracy of 80% (R@10 was 50)", "accuracy"],
    ["ssim", "MS-SSIM of 0.98", "ms-ssim"],
    ["bleu", "BLEU-4 of 38.2", "bleu-4"],
  ])("(%s, %s) -> %s", (family, text, variant) => {
    expect(metricVariantFromText(family, text)).toBe(variant);
  });
});

describe("scale", () => {
  const geneval = resolveMetric("GenEval");
  const acc = resolveMetric("accuracy");
  const auc = resolveMetric("AUC");
  const wer = resolveMetric("WER");
  it.each<[string, ReturnType<typeof resolveMetric>, number, string | null, "fraction" | "percent" | null, number]>([
    ["GenEval 0.96", geneval, 0.96, null, "fraction", 96],
    ["GenEval 96%", geneval, 96, "%", "percent", 96],
    ["accuracy 0.7 (no unit)", acc, 0.7, null, "fraction", 70],
    ["accuracy 7%", acc, 7, "%", "percent", 7],
    ["accuracy 0.5%", acc, 0.5, "%", "percent", 0.5],
    ["accuracy 71.2", acc, 71.2, null, "percent", 71.2],
    ["AUC 0.943", auc, 0.943, null, "fraction", 94.3],
    ["AUC 98.6%", auc, 98.6, "%", "percent", 98.6],
    ["accuracy +0.8 pp", acc, 0.8, "pp", "percent", 0.8],
    ["accuracy 2x", acc, 2, "x", null, 2],
    ["WER 0.9 stays on 0-100", wer, 0.9, null, "percent", 0.9],
    ["WER 2.5%", wer, 2.5, "%", "percent", 2.5],
    ["FID 2.27 (no scale)", resolveMetric("FID"), 2.27, null, null, 2.27],
    ["SSIM 0.95", resolveMetric("SSIM"), 0.95, null, "fraction", 95],
  ])("%s", (_, id, value, unit, scale, pct) => {
    expect(detectScale(id, value, unit)).toBe(scale);
    expect(toPercentScale(id, value, unit)).toBe(pct);
  });

  it("0.96 on 0-1 never ranks below 7%", () => {
    expect(toPercentScale(geneval, 0.96, null)).toBeGreaterThan(toPercentScale(geneval, 7, "%"));
  });
});

describe("the registry as the rest of the code sees it", () => {
  it("every METRICS entry is named as resolveMetric names it", () => {
    for (const e of ALL_METRICS) expect([e.name, resolveMetric(e.name).name]).toEqual([e.name, e.name]);
    expect(new Set(METRICS.map((e) => e.name)).size).toBe(METRICS.length);
  });

  it("lists every GUIDELINES family, and text aliases of a variant point at its family", () => {
    for (const f of GUIDELINES_FAMILIES) expect(METRIC_FAMILIES).toContain(f);
    const owner = new Map<string, string>();
    for (const e of METRICS) for (const a of [e.name, ...e.aliases]) if (!owner.has(a)) owner.set(a, e.name);
    expect(owner.get("r@10")).toBe("recall");
    expect(owner.get("macro-f1")).toBe("f1");
    expect(owner.get("ap50")).toBe("ap");
    expect(owner.get("recall@10")).toBe("recall");
    expect(owner.get("box ap")).toBe("map"); // matched as mAP in text before variants existed; keyed as box ap
    expect(owner.get("ms-ssim")).toBe("ssim");
    expect(owner.get("auroc")).toBe("auc");
    // A variant entry never names itself in text: its family claimed its name first.
    for (const e of METRICS)
      if (e.family && e.family !== e.name && METRIC_FAMILIES.includes(e.family))
        expect([e.name, METRIC_FAMILIES.includes(owner.get(e.name)!)]).toEqual([e.name, true]);
  });

  it("looks names up by identity", () => {
    expect(lookupMetricAlias("R@10")?.name).toBe("recall@10");
    expect(lookupMetricAlias("PPL")?.name).toBe("perplexity");
    expect(lookupMetricAlias("faster")?.name).toBe("speedup");
    expect(metricByName("recall@37")?.direction).toBe("higher");
    expect(metricByName("no such metric")).toBeUndefined();
    expect(withinBounds("recall@37", 120, "%")).toBe(false);
    expect(withinBounds("accuracy", 99, "%")).toBe(true);
  });
});

describe("table headers map through the identity", () => {
  it.each<[string, string]>([
    ["R@1", "R@10"],
    ["Macro-F1", "Micro-F1"],
    ["AP", "AP50"],
    ["AP", "APS"],
    ["SSIM", "MS-SSIM"],
    ["AUPRC", "AUROC"],
    ["Top-1 Error", "Top-5 Error"],
  ])("%s and %s are different metrics", (a, b) => {
    expect(mapMetricHeader(a).metric).not.toBe(mapMetricHeader(b).metric);
  });

  it.each<[string, { metric: string; split: string | null; modifier?: string | null }]>([
    ["TEST-EM", { metric: "exact match", split: "test" }],
    ["Test R@10", { metric: "recall@10", split: "test" }],
    ["Accuracy (Test)", { metric: "accuracy", split: "test" }],
    ["mAP (Val)", { metric: "map", split: "val" }],
    ["text-to-video R@1", { metric: "recall@1", split: null, modifier: "text to video" }],
    ["Macro-F1 (60% training data)", { metric: "macro-f1", split: null, modifier: "60% training data" }],
    ["training time (s)", { metric: "training time", split: null }],
    ["mAP@0.50 (CS)", { metric: "map50", split: null, modifier: "cs" }],
  ])("%s", (header, expected) => {
    const m = mapMetricHeader(header);
    expect(m).toMatchObject(expected);
    expect(mapMetricHeader(m.metric).metric).toBe(m.metric);
  });
});
