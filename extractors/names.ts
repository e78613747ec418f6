/**
 * Name normalization for systems (subjects, baselines) and datasets.
 *
 * `entityKey` is the identity used to merge spellings ("LLaMA-7B" = "LLaMA 7B",
 * "CIFAR10" = "CIFAR-10"); the display names come from a small alias table of
 * well-known datasets, and otherwise stay as written.
 */

/** Lowercase, with everything but letters and digits dropped. */
export function entityKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/**
 * Well-known datasets: display name -> spellings that mean the same dataset.
 * Variants that are different test sets (ImageNet-R, ImageNet-C, CIFAR-100) are separate rows.
 */
export const DATASET_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ImageNet: ["ImageNet", "ImageNet-1K", "ImageNet-1k", "ImageNet1K", "ImageNet 1K", "ILSVRC", "ILSVRC-2012", "ILSVRC2012", "IN-1K", "ImageNet-2012"],
  "ImageNet-21K": ["ImageNet-21K", "ImageNet-21k", "ImageNet21K", "IN-21K", "ImageNet-22K", "ImageNet-22k"],
  "ImageNet-R": ["ImageNet-R"],
  "ImageNet-C": ["ImageNet-C"],
  "ImageNet-A": ["ImageNet-A"],
  "CIFAR-10": ["CIFAR-10", "CIFAR10", "CIFAR 10"],
  "CIFAR-100": ["CIFAR-100", "CIFAR100", "CIFAR 100"],
  COCO: ["COCO", "MS-COCO", "MSCOCO", "MS COCO", "COCO 2017", "COCO2017"],
  "ADE20K": ["ADE20K", "ADE-20K", "ADE 20K"],
  Cityscapes: ["Cityscapes"],
  "Pascal VOC": ["Pascal VOC", "PASCAL VOC", "VOC", "VOC2012", "Pascal VOC 2012", "VOC 2007", "VOC2007"],
  GLUE: ["GLUE"],
  SuperGLUE: ["SuperGLUE"],
  MMLU: ["MMLU"],
  "MMLU-Pro": ["MMLU-Pro"],
  GSM8K: ["GSM8K", "GSM-8K", "GSM8k"],
  MATH: ["MATH", "MATH500", "MATH-500"],
  HumanEval: ["HumanEval", "Human-eval", "HumanEval+"],
  MBPP: ["MBPP"],
  "AIME 2024": ["AIME24", "AIME 2024", "AIME'24", "AIME-24", "AIME2024"],
  "AIME 2025": ["AIME25", "AIME 2025", "AIME'25", "AIME-25", "AIME2025"],
  GPQA: ["GPQA", "GPQA-Diamond", "GPQA Diamond"],
  LibriSpeech: ["LibriSpeech", "Librispeech", "LibriSpeech test-clean", "LibriSpeech test-other"],
  WMT14: ["WMT14", "WMT'14", "WMT 2014", "WMT-14"],
  SQuAD: ["SQuAD", "SQuAD v1.1", "SQuAD 2.0", "SQuAD v2.0", "SQuAD1.1", "SQuAD2.0"],
  "MT-Bench": ["MT-Bench", "MT-bench", "MTBench", "MT Bench"],
  AlpacaEval: ["AlpacaEval", "AlpacaEval 2.0", "AlpacaEval 2", "AlpacaEval 1.0"],
  "Arena-Hard": ["Arena-Hard", "ArenaHard", "Arena Hard"],
  LongBench: ["LongBench"],
  "RULER": ["RULER"],
  "Video-MME": ["Video-MME", "VideoMME"],
  MMMU: ["MMMU"],
  MathVista: ["MathVista"],
  "KITTI": ["KITTI"],
  "nuScenes": ["nuScenes"],
  "ScanNet": ["ScanNet"],
  "ShapeNet": ["ShapeNet"],
  "FFHQ": ["FFHQ"],
  "CelebA": ["CelebA", "CelebA-HQ"],
  "LSUN": ["LSUN"],
  "UCF-101": ["UCF-101", "UCF101"],
  "Kinetics-400": ["Kinetics-400", "K400", "Kinetics400"],
  "Something-Something V2": ["Something-Something V2", "SSv2", "SSV2"],
  "WikiText-103": ["WikiText-103", "WikiText103", "Wikitext-103"],
  "WikiText-2": ["WikiText-2", "WikiText2", "Wikitext-2"],
  C4: ["C4"],
  "The Pile": ["The Pile", "Pile"],
  "VoxCeleb1": ["VoxCeleb1", "VoxCeleb1-O", "VoxCeleb"],
  "Atari": ["Atari", "Atari 100k", "Atari-100k", "Atari100k"],
  "MuJoCo": ["MuJoCo"],
  "D4RL": ["D4RL"],
  "HellaSwag": ["HellaSwag"],
  "ARC-Challenge": ["ARC-Challenge", "ARC-C", "ARC Challenge"],
  "TruthfulQA": ["TruthfulQA"],
  "BoolQ": ["BoolQ", "Boolq"],
  "Winogrande": ["Winogrande", "WinoGrande"],
  "PIQA": ["PIQA"],
  "SST-2": ["SST-2", "SST2"],
  "MNLI": ["MNLI", "MultiNLI"],
  "QQP": ["QQP"],
  "RTE": ["RTE"],
  "Natural Questions": ["Natural Questions", "NQ", "NaturalQuestions"],
  "TriviaQA": ["TriviaQA"],
  "HotpotQA": ["HotpotQA"],
  "MS MARCO": ["MS MARCO", "MSMARCO", "MS-MARCO"],
  "BEIR": ["BEIR"],
  "SWE-bench": ["SWE-bench", "SWE-Bench", "SWE-bench Verified"],
  "LiveCodeBench": ["LiveCodeBench"],
  "ScienceQA": ["ScienceQA"],
  "VQAv2": ["VQAv2", "VQA v2", "VQA-v2"],
  "TextVQA": ["TextVQA"],
  "DocVQA": ["DocVQA"],
  "ChartQA": ["ChartQA"],
  "GenEval": ["GenEval"],
  "DPG-Bench": ["DPG-Bench", "DPG Bench"],
  "VBench": ["VBench"],
  "MuST-C": ["MuST-C"],
  "Flickr30K": ["Flickr30K", "Flickr30k"],
  "LVIS": ["LVIS"],
  "STL-10": ["STL-10", "STL10"],
  "SVHN": ["SVHN"],
  "MNIST": ["MNIST"],
  "Fashion-MNIST": ["Fashion-MNIST", "FashionMNIST"],
  "Tiny-ImageNet": ["Tiny-ImageNet", "TinyImageNet", "Tiny ImageNet"],
  "PACS": ["PACS"],
  "DomainNet": ["DomainNet"],
  "Office-Home": ["Office-Home", "OfficeHome"],
  "MultiWOZ": ["MultiWOZ"],
  "AudioCaps": ["AudioCaps"],
  "ShareGPT": ["ShareGPT"],
};

/** Datasets whose results are accuracies unless the text names another metric. */
export const ACCURACY_DATASETS: ReadonlySet<string> = new Set([
  "ImageNet", "ImageNet-21K", "CIFAR-10", "CIFAR-100", "MMLU", "MMLU-Pro", "GSM8K", "MATH", "AIME 2024", "AIME 2025",
  "GPQA", "HellaSwag", "ARC-Challenge", "BoolQ", "Winogrande", "PIQA", "SST-2", "MNLI", "QQP", "RTE", "ScienceQA",
  "MathVista", "MMMU", "Tiny-ImageNet", "STL-10", "SVHN", "MNIST", "Fashion-MNIST", "PACS", "DomainNet", "Office-Home",
  "TriviaQA", "Natural Questions",
]);

const datasetByKey = new Map<string, string>();
for (const [display, aliases] of Object.entries(DATASET_ALIASES)) {
  datasetByKey.set(entityKey(display), display);
  for (const a of aliases) datasetByKey.set(entityKey(a), display);
}

/** Every alias spelling, longest first, for building a matcher over text. */
export const DATASET_SPELLINGS: readonly string[] = Object.values(DATASET_ALIASES)
  .flat()
  .concat(Object.keys(DATASET_ALIASES))
  .filter((s, i, all) => all.indexOf(s) === i)
  .sort((a, b) => b.length - a.length);

/** The registry's display name when the key is known. */
export function knownDataset(raw: string): string | undefined {
  return datasetByKey.get(entityKey(raw));
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** Surrounding quotes and punctuation off; brackets only when unbalanced ("Z-Reader (single model)" keeps its ")"). */
function tidy(raw: string): string {
  let t = raw.replace(/\s+/g, " ").replace(/^[\s"'“”‘’,;:]+|[\s"'“”‘’,;:.]+$/g, "");
  for (const [open, close] of [["(", ")"], ["[", "]"], ["{", "}"]] as const) {
    while (t.endsWith(close) && count(t, close) > count(t, open)) t = t.slice(0, -1).trimEnd();
    while (t.startsWith(open) && count(t, open) > count(t, close)) t = t.slice(1).trimStart();
  }
  return t.replace(/^[\s"'“”‘’,;:]+|[\s"'“”‘’,;:.]+$/g, "").trim();
}

/**
 * Display name of a dataset: the registry name for a known alias (so "ImageNet-1k" and "ImageNet"
 * fall together), else the text as written with surrounding punctuation and a leading article removed.
 * A known alias followed by a qualifier keeps the qualifier ("ImageNet 256x256" stays as written).
 */
export function canonicalDatasetName(raw: string): string {
  const t = tidy(raw).replace(/^(?:the|a|an)\s+/i, "");
  return knownDataset(t) ?? t;
}

/** Display name of a system: as written, minus articles, possessives and wrapping punctuation. */
export function canonicalSubjectName(raw: string): string {
  return tidy(raw)
    .replace(/^(?:the|our|a|an|their|its)\s+/i, "")
    .replace(/['’]s$/i, "")
    .trim();
}
