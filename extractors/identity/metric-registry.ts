/**
 * The metric registry as data: one row per metric *identity* (family + variant). Spellings of one metric
 * are `aliases` of its row; variants of a family (Recall@10, Macro-F1, AP50, box AP, MS-SSIM) are rows of
 * their own, or are built by the generic rules of metrics.ts (any "<family>@k", "macro-<family>", AP at an
 * IoU threshold) from the facts of their family.
 *
 * Family names of the claims-gold GUIDELINES (accuracy, f1, recall, auc, map, ap, ...) are families here:
 * claim extraction from text outputs the family, the variant is resolved when a claim is keyed.
 *
 * Aliases are compared after `metricKey` (lowercase; spaces, "-", "_" dropped), so "top 1 acc", "Top-1 Acc"
 * and "top1acc" are one alias. Keep variant spellings out of a family's aliases.
 */
import type { Unit } from "../types.js";
import type { MetricScale } from "./types.js";

export interface MetricSpec {
  /** Key and stored name, lowercase. */
  name: string;
  /** How people write it. */
  display: string;
  /** The family this row is a variant of; the row's own name for a family. */
  family: string;
  direction: "higher" | "lower";
  unit: Unit | null;
  min: number | null;
  max: number | null;
  scale: MetricScale | null;
  /** Other spellings of exactly this metric (headers, names); not variants. */
  aliases: string[];
  description: string;
}

type Facts = Pick<MetricSpec, "direction" | "unit" | "min" | "max" | "scale">;

// Kinds of facts, to keep the rows short.
const PCT: Facts = { direction: "higher", unit: "%", min: 0, max: 100, scale: "percent" }; // proportion, higher better
const PCT_LOW: Facts = { direction: "lower", unit: "%", min: 0, max: 100, scale: "percent" }; // proportion, lower better
const RATE_LOW: Facts = { direction: "lower", unit: "%", min: 0, max: null, scale: "percent" }; // error rate that can pass 100 (WER)
const FRAC: Facts = { direction: "higher", unit: null, min: 0, max: 1, scale: "fraction" }; // proportion written 0-1
const HI: Facts = { direction: "higher", unit: null, min: 0, max: null, scale: null };
const LO: Facts = { direction: "lower", unit: null, min: 0, max: null, scale: null };
const HI_FREE: Facts = { direction: "higher", unit: null, min: null, max: null, scale: null };
const LO_FREE: Facts = { direction: "lower", unit: null, min: null, max: null, scale: null };
const CORR: Facts = { direction: "higher", unit: null, min: -1, max: 1, scale: null };
const DB: Facts = { direction: "higher", unit: "dB", min: null, max: null, scale: null };
const with_ = (f: Facts, o: Partial<Facts>): Facts => ({ ...f, ...o });

/** A row: name, display, facts, description, aliases, family (defaults to the name). */
const r = (name: string, display: string, f: Facts, description: string, aliases: string[] = [], family = name): MetricSpec => ({
  name, display, family, ...f, aliases, description,
});

export const METRIC_REGISTRY: readonly MetricSpec[] = [
  // --- Classification ---------------------------------------------------------------------------
  r("accuracy", "Accuracy", PCT, "Fraction of correct predictions.", [
    "acc", "acc.", "accuracy (%)", "classification accuracy", "overall accuracy", "percentage correct", "% accuracy",
    "% correct", "total accuracy", "oa", "oacc", "predictive accuracy", "exact accuracy", "accuracy rate",
    "recognition accuracy", "zero-shot accuracy",
  ]),
  r("top-1 accuracy", "Top-1 Accuracy", PCT, "Top-1 classification accuracy.", ["top-1", "top1", "top-1 acc", "top 1 accuracy (%)", "acc@1", "accuracy@1", "top1 acc"]),
  r("top-5 accuracy", "Top-5 Accuracy", PCT, "Top-5 classification accuracy.", ["top-5", "top5", "top-5 acc", "acc@5", "accuracy@5", "top5 acc"]),
  r("balanced accuracy", "Balanced Accuracy", PCT, "Mean of per-class recall.", ["bacc", "balanced acc"], "accuracy"),
  r("mean class accuracy", "Mean Class Accuracy", PCT, "Accuracy averaged over classes.", [
    "mean per-class accuracy", "per-class accuracy", "average per-class accuracy", "mean class acc", "class accuracy",
    "average class accuracy", "macc", "mca",
  ], "accuracy"),
  r("pixel accuracy", "Pixel Accuracy", PCT, "Fraction of correctly labelled pixels.", ["pixacc", "pixel acc", "per-pixel accuracy", "global accuracy"], "accuracy"),
  r("unweighted accuracy", "Unweighted Accuracy", PCT, "Class-averaged accuracy (emotion recognition).", ["ua", "unweighted average recall", "uar"], "accuracy"),
  r("weighted-accuracy", "Weighted Accuracy", PCT, "Accuracy weighted by class frequency.", ["wa", "waa"], "accuracy"),
  r("exact match accuracy", "Exact Match Accuracy", PCT, "Exact-match accuracy.", [], "accuracy"),
  r("execution accuracy", "Execution Accuracy", PCT, "Fraction of generated programs/queries whose execution is correct.", ["exec acc", "ex"], "accuracy"),
  r("error rate", "Error Rate", PCT_LOW, "Fraction of wrong predictions.", [
    "error", "errors", "classification error", "percentage error", "% error", "test error", "error (%)", "mean error rate",
  ]),
  r("top-1 error", "Top-1 Error", PCT_LOW, "Top-1 classification error.", ["top-1 error rate", "top1 error", "top-1 err"], "error rate"),
  r("top-5 error", "Top-5 Error", PCT_LOW, "Top-5 classification error.", ["top-5 error rate", "top5 error", "top-5 err"], "error rate"),
  r("balanced error rate", "BER", PCT_LOW, "Balanced error rate.", ["ber"], "error rate"),
  r("mce", "mCE", with_(PCT_LOW, { max: null }), "Mean corruption error (ImageNet-C).", ["mean corruption error", "mean corruption error (mce)"]),
  r("f1", "F1", PCT, "F1 score.", ["f1 score", "f1-score", "f-score", "f-measure", "f measure", "f 1", "fscore", "f1 (%)", "f₁", "dice f1"]),
  r("macro-f1", "Macro-F1", PCT, "F1 averaged over classes.", ["maf1", "ma-f1", "maf", "f1 macro", "f1-macro", "macro-averaged f1"], "f1"),
  r("micro-f1", "Micro-F1", PCT, "F1 over pooled decisions.", ["mif1", "mi-f1", "f1 micro", "f1-micro", "micro-averaged f1"], "f1"),
  r("weighted-f1", "Weighted-F1", PCT, "F1 weighted by class support.", ["wf1", "w-f1", "weighted average f1", "f1 weighted"], "f1"),
  r("f0.5", "F0.5", PCT, "F-beta with beta 0.5 (grammatical error correction).", ["f 0.5", "f0.5 score"], "f1"),
  r("f2", "F2", PCT, "F-beta with beta 2.", ["f2 score"], "f1"),
  r("entity f1", "Entity F1", PCT, "F1 over extracted entities.", [], "f1"),
  r("relation f1", "Relation F1", PCT, "F1 over extracted relations.", [], "f1"),
  r("span f1", "Span F1", PCT, "F1 over extracted spans.", ["exact span f1"], "f1"),
  r("precision", "Precision", PCT, "Precision (positive predictive value).", ["prec", "prec.", "ppv", "positive predictive value"]),
  r("macro-precision", "Macro-Precision", PCT, "Precision averaged over classes.", [], "precision"),
  r("micro-precision", "Micro-Precision", PCT, "Precision over pooled decisions.", [], "precision"),
  r("recall", "Recall", PCT, "Recall (sensitivity, true positive rate).", ["rec", "rec.", "sensitivity", "tpr", "true positive rate", "hit rate (recall)"]),
  r("macro-recall", "Macro-Recall", PCT, "Recall averaged over classes.", [], "recall"),
  r("micro-recall", "Micro-Recall", PCT, "Recall over pooled decisions.", [], "recall"),
  r("specificity", "Specificity", PCT, "True negative rate.", ["tnr", "true negative rate"]),
  r("npv", "NPV", PCT, "Negative predictive value.", ["negative predictive value"]),
  r("fpr", "FPR", PCT_LOW, "False positive rate.", ["false positive rate", "false alarm rate"]),
  r("fnr", "FNR", PCT_LOW, "False negative rate.", ["false negative rate", "miss rate (fnr)"]),
  r("fpr95", "FPR95", PCT_LOW, "False positive rate at 95% true positive rate (OOD detection).", [
    "fpr@95", "fpr@95tpr", "fpr at 95% tpr", "fpr@95%tpr", "fpr95tpr", "fpr 95", "fpr (95% tpr)", "fpr at 95 tpr",
  ], "fpr"),
  r("tnr@95tpr", "TNR@95TPR", PCT, "True negative rate at 95% true positive rate.", ["tnr at 95% tpr", "tnr@95"], "specificity"),
  r("auc", "AUC", PCT, "Area under a curve (usually ROC) as reported.", ["area under curve", "area under the curve"]),
  r("auroc", "AUROC", PCT, "Area under the ROC curve.", [
    "auc-roc", "roc-auc", "roc auc", "au-roc", "aucroc", "area under the roc curve", "area under roc curve", "roc", "auc (roc)", "rocauc",
  ], "auc"),
  r("auprc", "AUPRC", PCT, "Area under the precision-recall curve.", [
    "aupr", "pr-auc", "pr auc", "auc-pr", "ap-pr", "au-pr", "area under the precision-recall curve", "auc (pr)", "prauc",
  ]),
  r("pauc", "pAUC", PCT, "Partial area under the ROC curve.", ["partial auc"], "auc"),
  r("image auroc", "Image AUROC", PCT, "Image-level AUROC (anomaly detection).", ["i-auroc", "image-level auroc", "det. auroc", "detection auroc", "img auroc"], "auc"),
  r("pixel auroc", "Pixel AUROC", PCT, "Pixel-level AUROC (anomaly segmentation).", ["p-auroc", "pixel-level auroc", "seg. auroc", "segmentation auroc"], "auc"),
  r("aupro", "AUPRO", PCT, "Area under the per-region-overlap curve.", ["pro", "pro score", "au-pro", "pro-auc"]),
  r("mcc", "MCC", CORR, "Matthews correlation coefficient.", ["matthews correlation", "matthews correlation coefficient", "matthews corr"]),
  r("cohen's kappa", "Cohen's Kappa", CORR, "Agreement beyond chance.", ["kappa", "cohen kappa", "cohens kappa", "quadratic weighted kappa", "qwk"]),
  r("kl divergence", "KL", LO, "Kullback-Leibler divergence.", ["kl", "kl div", "kl-divergence", "kld"]),
  r("log loss", "Log Loss", LO, "Logarithmic loss.", ["logloss", "log-loss", "cross entropy", "cross-entropy"]),
  r("nll", "NLL", LO_FREE, "Negative log-likelihood.", ["negative log-likelihood", "negative log likelihood", "negll", "test nll"]),
  r("hamming loss", "Hamming Loss", with_(PCT_LOW, { scale: "fraction", max: 1, unit: null }), "Fraction of wrong labels (multi-label).", []),
  r("brier score", "Brier Score", with_(LO, { max: 1 }), "Mean squared error of probabilities.", ["brier"]),
  r("ece", "ECE", PCT_LOW, "Expected calibration error.", ["expected calibration error"]),
  r("macro-auc", "Macro-AUC", PCT, "AUC averaged over classes.", [], "auc"),

  // --- Question answering, text, LLM evaluation ------------------------------------------------
  r("exact match", "EM", PCT, "Exact-match rate.", ["em", "exact_match", "exact-match", "exact match (em)", "em score"]),
  r("bleu", "BLEU", with_(HI, { max: 100 }), "BLEU.", ["bleu score", "sacrebleu", "sacre bleu", "case-sensitive bleu", "tokenized bleu"]),
  r("bleu-1", "BLEU-1", with_(HI, { max: 100 }), "Unigram BLEU.", ["b@1", "b-1", "bleu@1", "b1"], "bleu"),
  r("bleu-2", "BLEU-2", with_(HI, { max: 100 }), "BLEU up to bigrams.", ["b@2", "b-2", "bleu@2", "b2"], "bleu"),
  r("bleu-3", "BLEU-3", with_(HI, { max: 100 }), "BLEU up to trigrams.", ["b@3", "b-3", "bleu@3", "b3"], "bleu"),
  r("bleu-4", "BLEU-4", with_(HI, { max: 100 }), "BLEU up to 4-grams (captioning).", ["b@4", "b-4", "bleu@4", "b4"], "bleu"),
  r("chrf", "chrF", with_(HI, { max: 100 }), "Character n-gram F-score.", ["chr-f"]),
  r("chrf++", "chrF++", with_(HI, { max: 100 }), "chrF with word bigrams.", [], "chrf"),
  r("ter", "TER", LO, "Translation edit rate.", ["translation edit rate"]),
  r("comet", "COMET", HI_FREE, "COMET learned MT metric.", ["comet score", "comet-22", "comet22"]),
  r("bleurt", "BLEURT", HI_FREE, "BLEURT learned metric.", []),
  r("bertscore", "BERTScore", with_(HI, { max: 100 }), "BERTScore.", ["bert score", "bert-score", "bertscore f1"]),
  r("gleu", "GLEU", with_(HI, { max: 100 }), "GLEU (grammatical error correction).", []),
  r("nist", "NIST", HI, "NIST MT score.", []),
  r("rouge", "ROUGE", with_(HI, { max: 100 }), "ROUGE, variant not stated.", []),
  r("rouge-1", "ROUGE-1", with_(HI, { max: 100 }), "ROUGE-1.", ["rouge1", "rouge-1 f1"]),
  r("rouge-2", "ROUGE-2", with_(HI, { max: 100 }), "ROUGE-2.", ["rouge2", "rouge-2 f1"]),
  r("rouge-l", "ROUGE-L", with_(HI, { max: 100 }), "ROUGE-L.", ["rougel", "r-l", "rouge-l f1"]),
  r("rouge-lsum", "ROUGE-Lsum", with_(HI, { max: 100 }), "ROUGE-L over summary sentences.", ["rougelsum"], "rouge-l"),
  r("meteor", "METEOR", with_(HI, { max: 100 }), "METEOR.", []),
  r("cider", "CIDEr", HI, "CIDEr.", ["cider-d", "cidr", "cider score"]),
  r("spice", "SPICE", with_(HI, { max: 100 }), "SPICE.", []),
  r("perplexity", "Perplexity", with_(LO, { min: 1 }), "Perplexity.", ["ppl", "perplexities", "word perplexity", "bpe perplexity", "token perplexity"]),
  r("bits per byte", "BPB", LO, "Bits per byte / character.", ["bpb", "bits-per-byte", "bpc", "bits per character", "bit per character", "bit per byte"]),
  r("bits per dimension", "bits/dim", LO, "Negative log-likelihood in bits per dimension.", ["bpd", "bits/dim", "bits/dimension", "bits per dim", "nll (bits/dim)"]),
  r("nats", "nats", LO, "Negative log-likelihood in nats.", ["nats/dim"]),
  r("negative elbo", "Negative ELBO", LO_FREE, "Negative evidence lower bound.", ["-elbo", "neg elbo"]),
  r("loss", "Loss", LO, "Training or validation loss.", ["validation loss", "test loss", "training loss"]),
  r("win rate", "Win Rate", PCT, "Pairwise win rate.", ["win-rate", "winrate", "win rates", "wr"]),
  r("lc win rate", "LC Win Rate", PCT, "Length-controlled win rate (AlpacaEval 2).", ["length-controlled win rate", "lc winrate", "lc wr", "lc-wr"], "win rate"),
  r("elo", "Elo", HI_FREE, "Elo rating.", ["elo rating", "elo score", "arena elo"]),
  r("utilization", "Utilization", PCT, "Share of a resource in use (codebook entries, GPU compute).", ["codebook utilization", "codebook usage", "gpu utilization", "hardware utilization"]),
  r("mt-bench score", "MT-Bench Score", with_(HI, { max: 10 }), "MT-Bench judge score (1-10).", ["mt-bench", "mt bench", "mtbench"]),
  r("gpt-4 score", "GPT-4 Score", HI, "Score given by a GPT-4 judge.", ["gpt4 score", "gpt-4 eval", "gpt-4 judge score"]),
  r("pass@1", "pass@1", PCT, "Fraction of problems solved by the first sample.", ["pass 1", "pass@1 (%)"]),
  r("pass@k", "pass@k", PCT, "Fraction of problems solved by one of k samples.", []),
  r("maj@k", "maj@k", PCT, "Accuracy of the majority vote over k samples.", []),
  r("cons@k", "cons@k", PCT, "Accuracy of the consensus answer over k samples.", []),
  r("codebleu", "CodeBLEU", with_(HI, { max: 100 }), "CodeBLEU.", ["code bleu"]),
  r("edit similarity", "Edit Similarity", PCT, "1 - normalized edit distance (code completion).", ["es", "edit sim"]),
  r("edit distance", "Edit Distance", LO, "Edit (Levenshtein) distance.", ["levenshtein distance", "string-edit distance", "normalized edit distance", "ned"]),
  r("resolve rate", "Resolve Rate", PCT, "Fraction of issues resolved (SWE-bench).", ["% resolved", "resolved rate", "resolved"]),
  r("hallucination rate", "Hallucination Rate", PCT_LOW, "Fraction of outputs with hallucinations.", []),
  r("toxicity", "Toxicity", PCT_LOW, "Toxicity rate or score.", ["toxicity rate", "expected maximum toxicity"]),
  r("attack success rate", "ASR", PCT, "Fraction of successful attacks (higher = stronger attack).", ["asr", "asr (attack)", "attack success"]),
  r("refusal rate", "Refusal Rate", PCT_LOW, "Fraction of refused requests.", []),
  r("truthfulness", "Truthfulness", PCT, "Fraction of truthful answers (TruthfulQA).", ["% true", "truthful"]),
  r("anls", "ANLS", PCT, "Average normalized Levenshtein similarity (document VQA).", []),
  r("vqa accuracy", "VQA Accuracy", PCT, "VQA soft accuracy.", ["vqa acc", "vqa score"], "accuracy"),
  r("las", "LAS", PCT, "Labeled attachment score (dependency parsing).", ["labeled attachment score"]),
  r("uas", "UAS", PCT, "Unlabeled attachment score.", ["unlabeled attachment score"]),
  r("smatch", "Smatch", PCT, "Smatch (AMR parsing).", []),
  r("distinct-1", "Distinct-1", PCT, "Share of distinct unigrams.", ["dist-1", "d-1", "distinct 1"]),
  r("distinct-2", "Distinct-2", PCT, "Share of distinct bigrams.", ["dist-2", "d-2", "distinct 2"]),
  r("self-bleu", "Self-BLEU", with_(LO, { max: 100 }), "Self-BLEU (lower = more diverse).", []),
  r("mauve", "MAUVE", with_(PCT, {}), "MAUVE.", []),
  r("pearson correlation", "Pearson r", CORR, "Pearson correlation.", ["pearson", "pearson r", "pearsonr", "pearson's r", "pcc", "pearson correlation coefficient", "plcc"]),
  r("spearman correlation", "Spearman ρ", CORR, "Spearman rank correlation.", ["spearman", "spearmanr", "spearman's rho", "spearman rho", "srcc", "srocc", "spearman rank correlation", "spearman ρ"]),
  r("kendall tau", "Kendall τ", CORR, "Kendall rank correlation.", ["kendall's tau", "kendall", "kendall τ", "krcc", "kendall rank correlation"]),
  r("r2", "R²", with_(HI_FREE, { max: 1 }), "Coefficient of determination.", ["r^2", "r²", "r-squared", "r squared", "coefficient of determination"]),

  // --- Retrieval, recommendation, knowledge graphs ------------------------------------------------
  r("mrr", "MRR", PCT, "Mean reciprocal rank.", ["mean reciprocal rank", "mrr filtered", "filtered mrr"]),
  r("ndcg", "nDCG", PCT, "Normalized discounted cumulative gain.", ["normalized discounted cumulative gain", "n dcg"]),
  r("hits@k", "Hits@k", PCT, "Fraction of queries with the answer in the top k.", []),
  r("hr@k", "HR@k", PCT, "Hit ratio at k (recommendation).", []),
  r("map@k", "MAP@k", PCT, "Mean average precision at cutoff k.", [], "map"),
  r("mean rank", "Mean Rank", with_(LO, { min: 1 }), "Mean rank of the correct item.", ["mnr", "mean rank (mr)", "mr (mean rank)"]),
  r("median rank", "Median Rank", with_(LO, { min: 1 }), "Median rank of the correct item (retrieval).", ["medr", "med r", "median r", "mdr"]),
  r("rsum", "RSUM", HI, "Sum of recalls (image-text retrieval).", ["r-sum", "rsum", "recall sum", "r sum"]),
  r("rank-1", "Rank-1", PCT, "Rank-1 identification rate (CMC).", ["rank1", "rank-1 accuracy", "r1 accuracy", "rank-1 recognition rate", "cmc rank-1"], "rank-k"),
  r("rank-5", "Rank-5", PCT, "Rank-5 identification rate.", ["rank5", "rank-5 accuracy"], "rank-k"),
  r("rank-10", "Rank-10", PCT, "Rank-10 identification rate.", ["rank10", "rank-10 accuracy"], "rank-k"),
  r("rank-k", "Rank-k", PCT, "Rank-k identification rate (CMC).", []),
  r("minp", "mINP", PCT, "Mean inverse negative penalty (re-identification).", ["m inp"]),
  r("gauc", "GAUC", PCT, "Group (per-user) AUC.", ["group auc"], "auc"),
  r("recall@k", "Recall@k", PCT, "Recall at cutoff k.", [], "recall"),
  r("precision@k", "Precision@k", PCT, "Precision at cutoff k.", [], "precision"),

  // --- Detection, segmentation, pose, tracking, 3D ------------------------------------------------
  r("map", "mAP", PCT, "Mean average precision.", [
    "mean average precision", "mean ap", "map (%)", "mAP@[.5:.95]", "map@0.5:0.95", "map@[0.5:0.95]", "map 0.5:0.95", "map50-95",
    "map@.5:.95", "map(0.5:0.95)", "mean ap (map)", "mmap",
  ]),
  r("ap", "AP", PCT, "Average precision (COCO: averaged over IoU 0.5:0.95).", [
    "average precision", "ap@[.5:.95]", "ap@0.5:0.95", "ap@[0.5:0.95]", "ap 0.5:0.95", "ap50-95", "ap@.5:.95", "ap (%)", "avg precision",
  ]),
  r("ap50", "AP50", PCT, "Average precision at IoU 0.5.", ["ap@50", "ap_50", "ap@0.5", "ap@.5", "ap 0.5", "ap.5", "ap iou=0.5", "ap^50"], "ap"),
  r("ap75", "AP75", PCT, "Average precision at IoU 0.75.", ["ap@75", "ap_75", "ap@0.75", "ap@.75"], "ap"),
  r("aps", "APs", PCT, "Average precision on small objects.", ["ap_s", "ap small", "ap_small"], "ap"),
  r("apm", "APm", PCT, "Average precision on medium objects.", ["ap_m", "ap medium", "ap_medium"], "ap"),
  r("apl", "APl", PCT, "Average precision on large objects.", ["ap_l", "ap large", "ap_large"], "ap"),
  r("box ap", "box AP", PCT, "Bounding-box average precision.", ["bbox ap", "bounding box ap", "ap box", "ap bbox", "ap^box", "apbox", "ap^bb", "apbb", "ap_box", "ap_bb", "ap^b", "box map", "detection ap"], "ap"),
  r("mask ap", "mask AP", PCT, "Mask (instance segmentation) average precision.", ["segm ap", "ap mask", "ap^mask", "apmask", "ap^mk", "apmk", "ap^m (mask)", "ap_mask", "mask map", "instance ap", "segmentation ap"], "ap"),
  r("box ap50", "box AP50", PCT, "Bounding-box AP at IoU 0.5.", ["apbb50", "ap^bb_50", "ap^box_50", "bbox ap50"], "ap"),
  r("box ap75", "box AP75", PCT, "Bounding-box AP at IoU 0.75.", ["apbb75", "ap^bb_75", "ap^box_75", "bbox ap75"], "ap"),
  r("mask ap50", "mask AP50", PCT, "Mask AP at IoU 0.5.", ["apmk50", "ap^mk_50", "ap^mask_50"], "ap"),
  r("mask ap75", "mask AP75", PCT, "Mask AP at IoU 0.75.", ["apmk75", "ap^mk_75", "ap^mask_75"], "ap"),
  r("3d ap", "3D AP", PCT, "Average precision of 3D boxes.", ["ap3d", "ap 3d", "ap_3d", "3d map (ap)"], "ap"),
  r("bev ap", "BEV AP", PCT, "Average precision in bird's-eye view.", ["apbev", "ap bev", "ap_bev", "bev"], "ap"),
  r("aph", "APH", PCT, "Heading-weighted AP (Waymo).", ["ap with heading", "maph"], "ap"),
  r("map50", "mAP50", PCT, "Mean average precision at IoU 0.5.", ["map@50", "map_50", "map@0.5", "map@.5", "map 0.5", "map iou@0.5", "map (iou=0.5)", "mean ap @ 0.5", "map50 (%)", "voc map"], "map"),
  r("map75", "mAP75", PCT, "Mean average precision at IoU 0.75.", ["map@75", "map_75", "map@0.75"], "map"),
  r("3d map", "3D mAP", PCT, "Mean average precision of 3D boxes.", ["map 3d", "map3d", "3d-map"], "map"),
  r("bev map", "BEV mAP", PCT, "Mean average precision in bird's-eye view.", ["map bev", "mapbev"], "map"),
  r("video-map@0.5", "Video-mAP@0.5", PCT, "Video-level mAP at IoU 0.5.", ["video-map 0.5", "video map@0.5", "v-map@0.5"], "map"),
  r("frame-map", "Frame-mAP", PCT, "Frame-level mAP (spatio-temporal action detection).", ["frame map", "f-map", "frame-map@0.5"], "map"),
  r("video-map", "Video-mAP", PCT, "Video-level mAP (spatio-temporal action detection).", ["video map", "v-map"], "map"),
  r("ar", "AR", PCT, "Average recall.", ["average recall"]),
  r("nds", "NDS", PCT, "nuScenes detection score.", ["nuscenes detection score"]),
  r("aos", "AOS", PCT, "Average orientation similarity (KITTI).", ["average orientation similarity"]),
  r("log-average miss rate", "MR⁻²", PCT_LOW, "Log-average miss rate (pedestrian detection).", ["mr^-2", "mr-2", "lamr", "log average miss rate", "reasonable mr^-2", "miss rate", "reasonable miss rate"]),
  r("miou", "mIoU", PCT, "Mean intersection over union.", ["mean iou", "meaniou", "mean intersection over union", "miou (%)", "class iou", "mean iou (class)", "class miou", "miou (ss)"]),
  r("iou", "IoU", PCT, "Intersection over union.", ["intersection over union", "jaccard", "jaccard index", "jaccard (mean)", "average iou", "instance average iou"]),
  r("fwiou", "fwIoU", PCT, "Frequency-weighted IoU.", ["frequency weighted iou", "fw iou", "fw-iou"], "miou"),
  r("category miou", "Category mIoU", PCT, "mIoU over categories (Cityscapes).", ["miou category", "category iou"], "miou"),
  r("3d iou", "3D IoU", PCT, "IoU of 3D boxes or volumes.", ["3diou", "iou-3d", "iou 3d"], "iou"),
  r("dice", "Dice", PCT, "Dice coefficient.", ["dice coefficient", "dice score", "dsc", "dice similarity coefficient", "dice (average)", "mean dice", "mdice", "dice scoe"]),
  r("cldice", "clDice", PCT, "Centerline Dice.", ["cl-dice"]),
  r("hd95", "HD95", with_(LO, { unit: null }), "95th percentile Hausdorff distance.", ["hausdorff distance 95", "95% hausdorff distance", "hd 95", "hausdorff 95"], "hausdorff distance"),
  r("hausdorff distance", "Hausdorff Distance", LO, "Hausdorff distance.", ["hausdorff", "hd", "hausdorff distance (mm)"]),
  r("assd", "ASSD", LO, "Average symmetric surface distance.", ["average symmetric surface distance", "asd"]),
  r("e-measure", "E-measure", FRAC, "Enhanced-alignment measure (salient object detection).", ["emeasure", "e-measure (mean)", "mean e-measure", "max e-measure"]),
  r("s-measure", "S-measure", FRAC, "Structure measure (salient object detection).", ["smeasure", "structure measure"]),
  r("ods", "ODS", FRAC, "Optimal dataset scale F-measure (edge detection).", ["ods f-measure"]),
  r("pq", "PQ", PCT, "Panoptic quality.", ["panoptic quality"]),
  r("pq things", "PQ^th", PCT, "Panoptic quality on thing classes.", ["pqth", "pq^th", "pq_th", "pq thing"], "pq"),
  r("pq stuff", "PQ^st", PCT, "Panoptic quality on stuff classes.", ["pqst", "pq^st", "pq_st"], "pq"),
  r("sq", "SQ", PCT, "Segmentation quality (panoptic).", ["segmentation quality"]),
  r("rq", "RQ", PCT, "Recognition quality (panoptic).", ["recognition quality"]),
  r("j&f", "J&F", PCT, "Mean of region similarity J and contour accuracy F (video object segmentation).", ["j & f", "j&f mean", "jf", "j and f", "j&f-mean"]),
  r("boundary f", "Boundary F", PCT, "Contour accuracy F (video object segmentation).", ["f-measure (mean)", "contour accuracy", "f mean", "boundary f-measure", "bf score"]),
  r("noc@90", "NoC@90", with_(LO, { min: 1 }), "Clicks needed to reach 90% IoU (interactive segmentation).", [], "noc"),
  r("noc@85", "NoC@85", with_(LO, { min: 1 }), "Clicks needed to reach 85% IoU.", [], "noc"),
  r("noc", "NoC", with_(LO, { min: 1 }), "Number of clicks (interactive segmentation).", ["number of clicks"]),
  r("mae", "MAE", LO, "Mean absolute error.", ["mean absolute error", "absolute error", "average mae", "mean abs error", "average mean absolute error"]),
  r("rmse", "RMSE", LO, "Root mean squared error.", ["root mean squared error", "root mean square error", "rms", "rms error"]),
  r("mse", "MSE", LO, "Mean squared error.", ["mean squared error", "mean square error"]),
  r("mape", "MAPE", RATE_LOW, "Mean absolute percentage error.", ["mean absolute percentage error"]),
  r("smape", "sMAPE", RATE_LOW, "Symmetric mean absolute percentage error.", ["symmetric mape"]),
  r("mase", "MASE", LO, "Mean absolute scaled error.", []),
  r("crps", "CRPS", LO, "Continuous ranked probability score.", []),
  r("nme", "NME", RATE_LOW, "Normalized mean error (face alignment).", ["normalized mean error", "mean nme", "nme (%)"]),
  r("failure rate", "Failure Rate", PCT_LOW, "Fraction of failures.", ["fr"]),
  r("pck", "PCK", PCT, "Percentage of correct keypoints.", ["percentage of correct keypoints", "mean pck"]),
  r("pckh", "PCKh", PCT, "PCK normalized by head size.", ["pckh@0.5", "pckh-0.5", "pckh 0.5", "pck-h"], "pck"),
  r("3dpck", "3DPCK", PCT, "3D percentage of correct keypoints.", ["pck3d", "3d pck"], "pck"),
  r("mpjpe", "MPJPE", with_(LO, { unit: null }), "Mean per-joint position error (mm).", ["mean per joint position error", "average mpjpe", "average mpjpe (mm)", "mpjpe (mm)"]),
  r("pa-mpjpe", "PA-MPJPE", with_(LO, { unit: null }), "Procrustes-aligned MPJPE (mm).", ["pampjpe", "p-mpjpe", "pa mpjpe", "mean reconstruction error"], "mpjpe"),
  r("mpvpe", "MPVPE", with_(LO, { unit: null }), "Mean per-vertex position error (mm).", ["pve", "mpve", "v2v error", "per-vertex error"]),
  r("pa-mpvpe", "PA-MPVPE", with_(LO, { unit: null }), "Procrustes-aligned per-vertex error (mm).", ["pa-pve", "pa mpvpe"], "mpvpe"),
  r("ade", "ADE", LO, "Average displacement error (trajectory prediction).", ["average displacement error", "minade"]),
  r("fde", "FDE", LO, "Final displacement error (trajectory prediction).", ["final displacement error", "minfde"]),
  r("miss rate@2m", "MR@2m", PCT_LOW, "Miss rate of trajectory forecasts (2 m).", ["mr@2m"]),
  r("epe", "EPE", LO, "End-point error (optical flow, stereo).", ["end-point error", "endpoint error", "average end-point error", "aepe", "average epe"]),
  r("fl-all", "Fl-all", PCT_LOW, "Share of outlier flow/disparity pixels (KITTI).", ["fl all", "d1-all", "outliers"]),
  r("add", "ADD", PCT, "Accuracy under the ADD pose metric.", ["add(-s)", "add-s accuracy", "mean add", "accuracy (add)", "add 0.1d", "add-0.1d"]),
  r("add-s", "ADD-S", PCT, "Accuracy under the symmetric ADD-S metric.", ["mean add-s", "adds auc", "add-s auc"]),
  r("chamfer distance", "Chamfer Distance", LO, "Chamfer distance between point sets.", ["cd", "chamfer", "chamfer-l1", "chamfer l1", "cd-l1", "chamfer (cm)"]),
  r("emd", "EMD", LO, "Earth mover's distance.", ["earth mover's distance", "earth movers distance"]),
  r("f-score@1%", "F-Score@1%", PCT, "F-score of reconstructed surfaces at 1% threshold.", ["f-score@1", "fscore@1%"], "f1"),
  r("normal consistency", "Normal Consistency", PCT, "Normal consistency of reconstructed surfaces.", ["surface normal consistency", "nc"]),
  r("abs rel", "AbsRel", LO, "Absolute relative error (depth).", ["absrel", "abs. rel", "abs. rel.", "abs-rel", "absolute relative error", "rel"]),
  r("sq rel", "SqRel", LO, "Squared relative error (depth).", ["sqrel", "sq. rel", "sq. rel.", "sq-rel", "squared relative error"]),
  r("rmse log", "RMSE log", LO, "RMSE of log depth.", ["rmselog", "log rmse", "rmse (log)", "rmse_log"], "rmse"),
  r("silog", "SILog", LO, "Scale-invariant log error (depth).", ["si-log", "scale invariant log error"]),
  r("log10", "log10", LO, "Mean log10 error (depth).", ["log 10", "log10 error"]),
  r("δ1", "δ1", PCT, "Share of pixels with depth ratio < 1.25.", ["δ<1.25", "delta1", "delta 1", "δ 1", "δ1.25", "delta < 1.25", "δ < 1.25", "a1"]),
  r("δ2", "δ2", PCT, "Share of pixels with depth ratio < 1.25².", ["δ<1.25^2", "delta2", "delta 2", "δ 2", "δ<1.25²", "a2"]),
  r("δ3", "δ3", PCT, "Share of pixels with depth ratio < 1.25³.", ["δ<1.25^3", "delta3", "delta 3", "δ 3", "δ<1.25³", "a3"]),
  r("irmse", "iRMSE", LO, "RMSE of inverse depth.", []),
  r("imae", "iMAE", LO, "MAE of inverse depth.", []),
  r("mota", "MOTA", with_(PCT, { min: null }), "Multiple object tracking accuracy.", ["multiple object tracking accuracy"]),
  r("motp", "MOTP", PCT, "Multiple object tracking precision.", ["multiple object tracking precision"]),
  r("idf1", "IDF1", PCT, "Identity F1 (tracking).", ["id f1", "idf-1", "identity f1"]),
  r("hota", "HOTA", PCT, "Higher order tracking accuracy.", ["higher order tracking accuracy"]),
  r("deta", "DetA", PCT, "Detection accuracy component of HOTA.", []),
  r("assa", "AssA", PCT, "Association accuracy component of HOTA.", []),
  r("amota", "AMOTA", with_(PCT, { min: null }), "Average MOTA (nuScenes tracking).", ["average mota"]),
  r("amotp", "AMOTP", with_(LO, { unit: null }), "Average MOTP in metres (nuScenes tracking).", []),
  r("id switches", "IDs", LO, "Identity switches.", ["ids", "idsw", "id sw", "id switch", "id sw."]),
  r("eao", "EAO", FRAC, "Expected average overlap (VOT).", ["expected average overlap", "expected average overlap (eao)"]),
  r("average overlap", "AO", PCT, "Average overlap (GOT-10k).", ["ao"]),
  r("success auc", "Success AUC", PCT, "Area under the success plot (tracking).", ["success (auc)", "auc (success)", "success score", "suc"], "auc"),
  r("normalized precision", "Norm. Precision", PCT, "Normalized precision (tracking).", ["norm. precision", "norm precision", "p_norm", "pnorm"], "precision"),
  r("tar@far", "TAR@FAR", PCT, "True accept rate at a false accept rate (verification).", ["tar @ far", "verification rate"]),
  r("eer", "EER", PCT_LOW, "Equal error rate.", ["equal error rate", "eer (%)"]),
  r("hter", "HTER", PCT_LOW, "Half total error rate.", ["half total error rate"]),
  r("acer", "ACER", PCT_LOW, "Average classification error rate (anti-spoofing).", []),
  r("apcer", "APCER", PCT_LOW, "Attack presentation classification error rate.", []),
  r("bpcer", "BPCER", PCT_LOW, "Bona fide presentation classification error rate.", []),

  // --- Generation: images, video, audio ----------------------------------------------------------
  r("fid", "FID", LO, "Fréchet Inception Distance.", [
    "fid score", "frechet inception distance", "fréchet inception distance", "fid-50k", "fid50k", "fid 50k", "fid-10k", "fid10k",
    "fid-5k", "fid-30k", "fid (50k)", "fid-50k (↓)", "fid↓", "zero-shot fid", "gfid", "generation fid",
  ]),
  r("sfid", "sFID", LO, "Spatial FID.", ["spatial fid"], "fid"),
  // How well a tokenizer or autoencoder reconstructs its input: not how well a model generates.
  r("rfid", "rFID", LO, "Reconstruction FID (of an autoencoder or tokenizer).", ["reconstruction fid", "r-fid"], "fid"),
  r("clip-fid", "CLIP-FID", LO, "FID in CLIP feature space.", ["fid-clip", "clip fid"], "fid"),
  r("fd-dinov2", "FD-DINOv2", LO, "Fréchet distance in DINOv2 features.", ["fd dinov2", "fd_dinov2", "fddinov2"]),
  r("scenefid", "SceneFID", LO, "Scene FID.", ["scene fid"], "fid"),
  r("kid", "KID", LO, "Kernel Inception Distance.", ["kernel inception distance", "kid (×10³)", "kid x 1000"]),
  r("cmmd", "CMMD", LO, "CLIP maximum mean discrepancy.", []),
  r("is", "IS", HI, "Inception Score.", ["inception score", "inception score (is)", "is score"]),
  r("fvd", "FVD", LO, "Fréchet Video Distance.", ["fvd score", "frechet video distance", "fréchet video distance", "fvd16", "fvd-16", "fvd128"]),
  r("kvd", "KVD", LO, "Kernel Video Distance.", ["kernel video distance"]),
  r("fad", "FAD", LO, "Fréchet Audio Distance.", ["frechet audio distance", "fréchet audio distance"]),
  r("clip score", "CLIP Score", HI, "CLIP score.", ["clipscore", "clip-score", "clip sim", "clip similarity", "clip-s", "clip-t"]),
  r("clip-i", "CLIP-I", HI, "CLIP image-image similarity (subject fidelity).", ["clip i", "clip-img"]),
  r("dino score", "DINO Score", HI, "DINO image similarity (subject fidelity).", ["dino", "dino-i", "dino similarity"]),
  r("geneval", "GenEval", FRAC, "GenEval overall score (0-1).", ["geneval score", "geneval overall"]),
  r("dpg-bench", "DPG-Bench", with_(PCT, {}), "DPG-Bench score.", ["dpg bench", "dpg score"]),
  r("hpsv2", "HPSv2", HI, "Human Preference Score v2.", ["hps", "hps v2", "human preference score", "hpsv2.1"]),
  r("imagereward", "ImageReward", HI_FREE, "ImageReward score.", ["image reward"]),
  r("pickscore", "PickScore", HI, "PickScore.", ["pick score"]),
  r("aesthetic score", "Aesthetic Score", HI, "LAION aesthetic predictor score.", ["aesthetic", "aesthetics"]),
  r("vbench", "VBench", PCT, "VBench total score.", ["vbench score", "vbench total"]),
  r("1-nna", "1-NNA", with_(PCT_LOW, { min: 50 }), "1-nearest-neighbour accuracy (point cloud generation; 50% ideal).", ["1-nna-cd", "1nna"]),
  r("coverage", "COV", PCT, "Coverage (point cloud generation).", ["cov", "cov-cd"]),
  r("mmd", "MMD", LO, "Minimum matching distance / maximum mean discrepancy.", ["mmd-cd", "minimum matching distance", "maximum mean discrepancy"]),
  r("psnr", "PSNR", with_(DB, { min: 0 }), "Peak signal-to-noise ratio.", ["psnr (db)", "average psnr", "psnr-y", "y-psnr", "peak signal-to-noise ratio", "cpsnr"]),
  r("ssim", "SSIM", FRAC, "Structural similarity.", ["structural similarity", "ssim index", "structural similarity index"]),
  r("ms-ssim", "MS-SSIM", FRAC, "Multi-scale structural similarity.", ["msssim", "multi-scale ssim", "ms ssim", "ms-ssim (db)"], "ssim"),
  r("lpips", "LPIPS", LO, "Learned perceptual image patch similarity.", ["lpips↓"]),
  r("dists", "DISTS", with_(LO, { max: 1 }), "Deep image structure and texture similarity.", []),
  r("niqe", "NIQE", LO, "Natural image quality evaluator (no-reference).", []),
  r("brisque", "BRISQUE", LO_FREE, "BRISQUE (no-reference).", []),
  r("musiq", "MUSIQ", HI, "MUSIQ (no-reference quality).", []),
  r("maniqa", "MANIQA", HI, "MANIQA (no-reference quality).", []),
  r("clipiqa", "CLIPIQA", HI, "CLIP-IQA (no-reference quality).", ["clip-iqa"]),
  r("fsim", "FSIM", FRAC, "Feature similarity index.", []),
  r("uiqm", "UIQM", HI, "Underwater image quality measure.", []),
  r("warping error", "Warping Error", LO, "Temporal warping error (video).", []),
  r("user study", "User Preference", PCT, "Share of raters preferring the method.", ["user preference", "user study score", "human preference", "preference rate"]),

  // --- Compression -------------------------------------------------------------------------------
  r("bd-rate", "BD-rate", with_(RATE_LOW, { min: null }), "Bjøntegaard delta rate (negative = bits saved).", ["bdrate", "bd rate", "bjontegaard delta rate", "bd-rate (%)", "bd-br"]),
  r("bd-psnr", "BD-PSNR", DB, "Bjøntegaard delta PSNR.", ["bdpsnr", "bd psnr"]),
  r("bpp", "bpp", LO, "Bits per pixel.", ["bits per pixel", "bit per pixel", "bit-rate (bpp)", "bitrate (bpp)"]),
  r("bpsp", "bpsp", LO, "Bits per sub-pixel.", ["bits per subpixel", "bits per sub-pixel"]),
  r("compression ratio", "Compression Ratio", with_(HI, { unit: "x" }), "Size reduction factor.", ["compression rate", "cr"]),

  // --- Speech and audio --------------------------------------------------------------------------
  r("wer", "WER", RATE_LOW, "Word error rate.", ["word error rate", "word error rate (wer)", "wer (%)", "word error rates"]),
  r("cer", "CER", RATE_LOW, "Character error rate.", ["character error rate", "cer (%)"]),
  r("per", "PER", RATE_LOW, "Phoneme error rate.", ["phoneme error rate", "phone error rate"]),
  r("ser", "SER", RATE_LOW, "Sentence/symbol error rate.", ["sentence error rate"]),
  r("der", "DER", RATE_LOW, "Diarization error rate.", ["diarization error rate"]),
  r("mindcf", "minDCF", with_(LO, { max: 1 }), "Minimum detection cost function (speaker verification).", ["min dcf", "min-dcf", "mindcf0.01", "dcf", "c_det min"]),
  r("mos", "MOS", with_(HI, { min: 1, max: 5 }), "Mean opinion score (1-5).", ["mean opinion score", "mos score", "audio quality mos", "naturalness mos", "n-mos", "nmos"]),
  r("smos", "SMOS", with_(HI, { min: 1, max: 5 }), "Similarity mean opinion score.", ["similarity mos", "s-mos"], "mos"),
  r("cmos", "CMOS", HI_FREE, "Comparative mean opinion score.", ["comparative mos"], "mos"),
  r("utmos", "UTMOS", with_(HI, { min: 1, max: 5 }), "UTMOS predicted MOS.", [], "mos"),
  r("dnsmos", "DNSMOS", with_(HI, { min: 1, max: 5 }), "DNSMOS predicted MOS.", ["dns-mos"], "mos"),
  r("pesq", "PESQ", with_(HI_FREE, { min: -0.5, max: 4.5 }), "Perceptual evaluation of speech quality.", ["wb-pesq", "pesq-wb", "nb-pesq"]),
  r("stoi", "STOI", FRAC, "Short-time objective intelligibility.", ["stoi (%)"]),
  r("estoi", "ESTOI", FRAC, "Extended STOI.", ["e-stoi"], "stoi"),
  r("csig", "CSIG", with_(HI, { min: 1, max: 5 }), "Composite signal distortion score.", []),
  r("cbak", "CBAK", with_(HI, { min: 1, max: 5 }), "Composite background intrusiveness score.", []),
  r("covl", "COVL", with_(HI, { min: 1, max: 5 }), "Composite overall quality score.", []),
  r("si-sdr", "SI-SDR", DB, "Scale-invariant signal-to-distortion ratio.", ["sisdr", "si sdr", "scale-invariant sdr"]),
  r("si-sdri", "SI-SDRi", DB, "SI-SDR improvement.", ["sisdri", "si-sdr improvement", "si-sdr i", "δsi-sdr"], "si-sdr"),
  r("si-snr", "SI-SNR", DB, "Scale-invariant signal-to-noise ratio.", ["sisnr", "si snr"], "si-sdr"),
  r("si-snri", "SI-SNRi", DB, "SI-SNR improvement.", ["sisnri", "si-snr improvement"], "si-sdr"),
  r("sdr", "SDR", DB, "Signal-to-distortion ratio.", ["signal-to-distortion ratio", "nsdr", "usdr", "csdr"]),
  r("sdri", "SDRi", DB, "SDR improvement.", ["sdr improvement"], "sdr"),
  r("snr", "SNR", DB, "Signal-to-noise ratio.", ["signal-to-noise ratio"]),
  r("mcd", "MCD", with_(LO, { unit: "dB" }), "Mel cepstral distortion.", ["mel cepstral distortion", "mel-cepstral distortion"]),
  r("log-spectral distance", "LSD", LO, "Log-spectral distance.", ["lsd", "log spectral distance"]),
  r("f0 rmse", "F0 RMSE", LO, "RMSE of pitch.", ["f0-rmse"], "rmse"),
  r("rtf", "RTF", LO, "Real-time factor.", ["real-time factor", "real time factor"]),
  r("similarity", "Similarity", HI_FREE, "Speaker or embedding similarity.", ["speaker similarity", "sim-o", "spk-sim", "sim", "spk sim", "secs", "cosine similarity"]),
  r("abx", "ABX", PCT_LOW, "ABX discriminability error.", ["abx error", "abx-across", "abx-within"]),

  // --- RL, control, robotics ---------------------------------------------------------------------
  r("reward", "Return", HI_FREE, "Reward / return.", ["return", "episode return", "average return", "mean return", "score (return)", "episodic return", "final agent reward", "average reward", "mean reward", "cumulative reward"]),
  r("human-normalized score", "Human-Normalized Score", with_(PCT, { max: null, min: null }), "Score normalized to human and random play (Atari).", [
    "hns", "human normalized score", "mean human-normalized score", "median human-normalized score", "medium human-normalized score", "human-normalized score (%)",
  ]),
  r("normalized score", "Normalized Score", with_(PCT, { max: null, min: null }), "D4RL normalized return.", ["d4rl score", "d4rl normalized score"]),
  r("success rate", "Success Rate", PCT, "Task success rate.", [
    "success rate", "success rates", "task success", "task-completion rate", "completion rate", "task success rate", "sr", "success", "average success rate", "meta-test success rate",
  ]),
  r("spl", "SPL", PCT, "Success weighted by path length (navigation).", ["success weighted by path length"]),
  r("collision rate", "Collision Rate", PCT_LOW, "Fraction of episodes with a collision.", []),
  r("regret", "Regret", LO, "Regret.", ["cumulative regret", "average regret"]),
  r("goal progress", "Goal Progress", PCT, "Share of the goal reached.", []),

  // --- Graphs, clustering ------------------------------------------------------------------------
  r("nmi", "NMI", PCT, "Normalized mutual information.", ["normalized mutual information"]),
  r("ari", "ARI", with_(PCT, { min: -100 }), "Adjusted Rand index.", ["adjusted rand index", "adjusted rand score"]),
  r("modularity", "Modularity", with_(HI_FREE, { max: 1 }), "Modularity of a partition.", []),
  r("voi", "VOI", LO, "Variation of information.", ["variation of information", "total variation of information"]),

  // --- Efficiency and resources ------------------------------------------------------------------
  r("speedup", "Speedup", with_(HI, { unit: "x" }), "Speedup on time: faster, acceleration, speedup.", ["speed-up", "speedups", "speed up", "acceleration"]),
  r("throughput", "Throughput", HI, "Work per unit of time (tokens/s, FPS, samples/s).", [
    "throughputs", "tokens per second", "tokens/s", "fps", "frames per second", "samples per second", "speed (fps)", "frame (fps)", "images/s", "img/s", "it/s",
  ]),
  r("latency", "Latency", with_(LO, { unit: "ms" }), "Time per request or token.", ["latencies", "time to first token", "ttft", "time-to-first-token", "per-token latency", "decoding latency", "tpot"]),
  r("inference time", "Inference Time", with_(LO, { unit: "s" }), "Wall-clock inference time.", [
    "inference cost", "runtime", "run time", "running time", "inference times", "generation time", "decoding time", "execution time", "wall-clock time",
    "time (ms)", "inference time (ms)", "runtime (ms)", "runtime (s)", "time", "test time", "speed (ms/f)", "speed(ms/f)", "cpu (sec)", "gpu sec", "absolute time (ms)", "search time (s)",
  ]),
  r("training time", "Training Time", with_(LO, { unit: "h" }), "Wall-clock training time or steps.", [
    "training cost", "training steps", "training iteration time", "gpu hours", "gpu-hours", "training compute time", "fine-tuning time",
    "pre-training time", "time cost", "training iterations", "training time (s)", "search cost (gpu days)", "search time (gpu days)", "gpu days", "gpu-days",
  ]),
  r("memory", "Memory", with_(LO, { unit: "GB" }), "Memory footprint (GPU memory, KV cache, optimizer states).", [
    "memory usage", "memory footprint", "memory consumption", "memory cost", "memory overhead", "gpu memory", "vram", "peak memory", "kv cache",
    "kv cache size", "kv-cache", "cache size", "optimizer memory", "memory requirement", "activation memory", "memory (gb)", "peak memory (gb)",
  ]),
  r("parameters", "Params", LO, "Number of (trainable) parameters.", [
    "params", "parameter count", "trainable parameters", "learnable parameters", "parameter", "number of params", "number of parameters",
    "# params", "#params", "num params", "no. parameters", "params (m)", "parameters (m)", "#param", "# parameters", "model parameters",
  ]),
  r("flops", "FLOPs", LO, "Compute: FLOPs, MACs, computation.", [
    "flop", "gflops", "tflops", "mflops", "pflops", "macs", "gmacs", "madds", "mult-adds", "multiply-adds", "flops (g)", "gflops (g)", "computational cost",
    "computational complexity", "compute cost", "training flops", "inference flops",
  ]),
  r("energy", "Energy", LO, "Energy or power consumption.", ["energy consumption", "power consumption", "energy efficiency"]),
  r("cost", "Cost", LO, "Monetary or resource cost.", ["costs", "api cost", "monetary cost", "cost ($)"]),
  r("model size", "Model Size", LO, "Size of the stored model.", ["storage size", "checkpoint size", "disk space", "model sizes", "size (mb)", "size", "model size (mb)"]),
  r("sample efficiency", "Sample Efficiency", HI, "Data or samples needed (tokens, demonstrations, labels).", ["data efficiency"]),
  r("batch size", "Batch Size", HI, "Feasible batch size.", ["batch sizes"]),
  r("context length", "Context Length", with_(HI, { unit: "K" }), "Usable context length.", ["context window", "effective context length"]),
  r("nfe", "NFE", LO, "Number of function evaluations.", ["nfes", "function evaluations", "number of function evaluations", "sampling steps", "denoising steps"]),
  r("communication volume", "Communication Volume", LO, "Data exchanged between devices.", ["communication cost", "communication overhead"]),

  r("score", "Score", HI_FREE, "A benchmark result whose metric is not named.", ["scores", "overall", "overall score", "average score", "avg score", "total score", "test score", "average", "avg", "avg."]),
];

/**
 * Families with a cutoff k ("R@10", "pass@16", "nDCG@5"): bases written before "@k" (metric keys) ->
 * the family and how its variant is named and displayed. A base not listed still makes "<name>@k" of
 * its resolved name (an unknown "cons@32" keeps its written form).
 */
export interface AtKFamily {
  bases: string[];
  family: string;
  name: (k: string) => string;
  display: (k: string) => string;
}

export const AT_K_FAMILIES: readonly AtKFamily[] = [
  { bases: ["r", "recall", "rec", "recallat", "retrievalrecall"], family: "recall", name: (k) => `recall@${k}`, display: (k) => `Recall@${k}` },
  { bases: ["p", "precision", "prec"], family: "precision", name: (k) => `precision@${k}`, display: (k) => `Precision@${k}` },
  { bases: ["ndcg", "n"], family: "ndcg", name: (k) => `ndcg@${k}`, display: (k) => `nDCG@${k}` },
  { bases: ["mrr"], family: "mrr", name: (k) => `mrr@${k}`, display: (k) => `MRR@${k}` },
  { bases: ["hits", "hit"], family: "hits@k", name: (k) => `hits@${k}`, display: (k) => `Hits@${k}` },
  { bases: ["hr", "hitrate", "hitratio"], family: "hr@k", name: (k) => `hr@${k}`, display: (k) => `HR@${k}` },
  { bases: ["map"], family: "map", name: (k) => `map@${k}`, display: (k) => `MAP@${k}` },
  { bases: ["pass"], family: "pass@k", name: (k) => `pass@${k}`, display: (k) => `pass@${k}` },
  { bases: ["maj", "majority", "majorityvote"], family: "maj@k", name: (k) => `maj@${k}`, display: (k) => `maj@${k}` },
  { bases: ["cons"], family: "cons@k", name: (k) => `cons@${k}`, display: (k) => `cons@${k}` },
  { bases: ["acc", "accuracy", "top", "topacc"], family: "accuracy", name: (k) => `top-${k} accuracy`, display: (k) => `Top-${k} Accuracy` },
  { bases: ["error", "toperr", "toperror"], family: "error rate", name: (k) => `top-${k} error`, display: (k) => `Top-${k} Error` },
  { bases: ["rank", "cmc", "ranking"], family: "rank-k", name: (k) => `rank-${k}`, display: (k) => `Rank-${k}` },
  { bases: ["f1", "f"], family: "f1", name: (k) => `f1@${k}`, display: (k) => `F1@${k}` },
  { bases: ["ar"], family: "ar", name: (k) => `ar@${k}`, display: (k) => `AR@${k}` },
  { bases: ["noc"], family: "noc", name: (k) => `noc@${k}`, display: (k) => `NoC@${k}` },
];

/** Class-averaging modifiers: "Macro-F1", "F1 (micro)", "weighted F1" -> "<modifier>-<family>". */
export const AVERAGING_MODIFIERS: Record<string, string> = {
  macro: "macro", macroaveraged: "macro", macroavg: "macro", ma: "macro",
  micro: "micro", microaveraged: "micro", microavg: "micro", mi: "micro",
  weighted: "weighted", weightedaveraged: "weighted", weightedavg: "weighted", w: "weighted",
};

/** Qualifiers of average precision: "box AP", "AP^mask", "3D AP", "AP BEV". */
export const AP_QUALIFIERS: Record<string, string> = {
  box: "box", bbox: "box", bb: "box", det: "box", boundingbox: "box", detection: "box",
  mask: "mask", mk: "mask", segm: "mask", seg: "mask", instance: "mask", segmentation: "mask",
  "3d": "3d", bev: "bev", "2d": "2d", mesh: "mesh", kp: "keypoint", keypoint: "keypoint", keypoints: "keypoint",
};
