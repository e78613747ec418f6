import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AMBIGUOUS_IN_TEXT, DATASET_REGISTRY } from "../../../extractors/identity/dataset-registry.js";
import { datasetRegistryProblems, isAccuracyDataset, resolveDataset } from "../../../extractors/identity/datasets.js";
import { nameKey, nameTokens } from "../../../extractors/identity/name-key.js";
import {
  ACCURACY_DATASETS,
  DATASET_ALIASES,
  DATASET_SPELLINGS,
  canonicalDatasetName,
  canonicalSubjectName,
  entityKey,
  knownDataset,
} from "../../../extractors/names.js";

const key = (s: string) => resolveDataset(s).key;

/** Spellings of one dataset variant: every one must resolve to the same key. */
const MERGE: string[][] = [
  ["ImageNet", "ImageNet-1K", "ImageNet-1k", "ImageNet1K", "ILSVRC2012", "ILSVRC-2012", "IN-1K", "the ImageNet"],
  ["CIFAR-10", "CIFAR10", "CIFAR 10", "cifar-10"],
  ["CIFAR-100", "CIFAR100"],
  ["MATH-500", "MATH500", "MATH 500", "Math-500"],
  ["HumanEval+", "HumanEval Plus", "HumanEvalPlus"],
  ["GPQA Diamond", "GPQA-Diamond", "GPQA (Diamond)", "GPQA diamond"],
  ["SQuAD 1.1", "SQuAD v1.1", "SQuAD1.1", "SQuADv1.1"],
  ["SQuAD 2.0", "SQuAD v2.0", "SQuAD2.0", "SQuAD v2", "SQuADv2"],
  ["AlpacaEval 2.0", "AlpacaEval 2", "AlpacaEval v2", "AlpacaEval2"],
  ["SWE-bench Verified", "SWE-Bench Verified", "SWE-bench (Verified)", "SWEBench Verified"],
  ["SWE-bench Lite", "SWE-Bench Lite", "SWE-bench-Lite"],
  ["AIME 2024", "AIME24", "AIME'24", "AIME-24", "AIME 24"],
  ["AIME 2025", "AIME25", "AIME'25", "AIME2025"],
  ["LibriSpeech test-clean", "Librispeech test clean", "LibriSpeech (test-clean)", "LibriSpeech test-clean set"],
  ["LibriSpeech test-other", "LibriSpeech test other", "LibriSpeech-test-other"],
  ["Pascal VOC 2007", "VOC2007", "VOC 2007", "VOC07", "PASCAL VOC 2007"],
  ["Pascal VOC 2012", "VOC2012", "VOC12", "PASCAL VOC 2012"],
  ["CelebA-HQ", "CelebAHQ", "CelebA HQ"],
  [
    "WMT14 En-De",
    "WMT14 English-German",
    "WMT'14 En→De",
    "WMT 2014 EN-DE",
    "WMT14 English→German",
    "WMT14 en to de",
    "WMT14 $\\rightarrow$ en de",
  ],
  ["WMT14 En-Fr", "WMT'14 English-French", "WMT 2014 En-Fr"],
  ["VoxCeleb1-O", "Vox1-O", "VoxCeleb1 O"],
  [
    "ImageNet 256×256",
    "ImageNet 256x256",
    "ImageNet-256",
    "ImageNet $256\\times 256$",
    "ImageNet 256 × 256",
    "ImageNet-1K 256x256",
    "ImageNet 256^2",
    "ImageNet 256px",
  ],
  ["ImageNet 512×512", "ImageNet 512\\times512", "ImageNet-512", "ILSVRC2012 512x512"],
  ["FFHQ 1024×1024", "FFHQ 1024x1024", "FFHQ-1024"],
  ["COCO val2017", "COCO 2017 val", "MS-COCO val 2017", "COCO 2017 validation"],
  ["COCO", "MS-COCO", "MSCOCO", "MS COCO"],
  ["GSM8K", "GSM-8K", "gsm8k", "GSM8K dataset", "the GSM8K benchmark"],
  ["MMLU-Pro", "MMLU Pro", "MMLUPro"],
  ["ARC-Challenge", "ARC-C", "ARC Challenge", "ARC (Challenge)"],
  ["Kinetics-400", "K400", "Kinetics400", "Kinetics 400"],
  ["Something-Something V2", "SSv2", "Something-Something v2"],
  ["VQAv2", "VQA v2", "VQA-v2", "VQA 2.0"],
  ["Atari 100k", "Atari-100k", "Atari100k", "Atari 100K"],
  ["ogbn-arxiv", "OGBN-Arxiv", "ogbn arxiv"],
  ["MBPP+", "MBPP Plus"],
  ["LiveCodeBench v5", "LiveCodeBench-v5", "LiveCodeBench (v5)"],
  ["Set5 ×4", "Set5 x4", "Set5 - 4x upscaling", "Set5 (×4)"],
  // Unknown names: spellings meet only as far as nameKey lets them.
  ["XYZ-1K", "XYZ 1K", "xyz1k"],
  ["FooBench v2", "FooBench 2", "foobench-v2"],
  ["QuuxQA-7", "QuuxQA 7"],
  // Unknown family, generic qualifiers (LaTeX and separators read the same).
  ["Frobnicator 512x512", "Frobnicator $512\\times 512$", "Frobnicator 512×512"],
];

/** Different datasets or variants: no two may share a key. */
const APART: [string, string][] = [
  ["SQuAD 1.1", "SQuAD 2.0"],
  ["SQuAD", "SQuAD 2.0"],
  ["MATH", "MATH-500"],
  ["HumanEval", "HumanEval+"],
  ["MBPP", "MBPP+"],
  ["GPQA", "GPQA Diamond"],
  ["GPQA Diamond", "GPQA Main"],
  ["AlpacaEval 1.0", "AlpacaEval 2.0"],
  ["AlpacaEval", "AlpacaEval 2.0"],
  ["SWE-bench", "SWE-bench Verified"],
  ["SWE-bench Verified", "SWE-bench Lite"],
  ["SWE-bench", "SWE-bench Lite"],
  ["CelebA", "CelebA-HQ"],
  ["VOC 2007", "VOC 2012"],
  ["Pascal VOC", "VOC 2012"],
  ["LibriSpeech test-clean", "LibriSpeech test-other"],
  ["LibriSpeech", "LibriSpeech test-clean"],
  ["LibriSpeech dev-clean", "LibriSpeech test-clean"],
  ["AIME 2024", "AIME 2025"],
  ["WMT14 En-De", "WMT14 En-Fr"],
  ["WMT14 En-De", "WMT14 De-En"],
  ["WMT14 En-De", "WMT16 En-De"],
  ["WMT14", "WMT14 En-De"],
  ["VoxCeleb1-O", "VoxCeleb1-E"],
  ["VoxCeleb1-E", "VoxCeleb1-H"],
  ["VoxCeleb1", "VoxCeleb2"],
  ["ImageNet", "ImageNet 256×256"],
  ["ImageNet 256×256", "ImageNet 512×512"],
  ["ImageNet", "ImageNet-21K"],
  ["ImageNet", "ImageNet-R"],
  ["ImageNet-A", "ImageNet-C"],
  ["ImageNet", "ImageNetV2"],
  ["ImageNet", "Tiny-ImageNet"],
  ["CIFAR-10", "CIFAR-100"],
  ["CIFAR-10", "CIFAR-10-C"],
  ["CIFAR-10", "CIFAR-10.1"],
  ["MMLU", "MMLU-Pro"],
  ["MMLU", "MMLU-Redux"],
  ["ARC-Easy", "ARC-Challenge"],
  ["ARC", "ARC-AGI"],
  ["ARC-AGI", "ARC-AGI-2"],
  ["GSM8K", "GSM-Hard"],
  ["COCO", "COCO 2017"],
  ["COCO val2017", "COCO test-dev"],
  ["COCO 2014", "COCO 2017"],
  ["Kinetics-400", "Kinetics-600"],
  ["Something-Something V1", "Something-Something V2"],
  ["HumanEval", "HumanEval-X"],
  ["LiveCodeBench v5", "LiveCodeBench v6"],
  ["LiveCodeBench", "LiveCodeBench v5"],
  ["Arena-Hard", "Arena-Hard v2.0"],
  ["MT-Bench", "MT-Bench-101"],
  ["LongBench", "LongBench v2"],
  ["DAVIS 2016", "DAVIS 2017"],
  ["KITTI 2012", "KITTI 2015"],
  ["ADE20K", "ADE20K-847"],
  ["Pascal Context 59", "Pascal Context 459"],
  ["MNLI-m", "MNLI-mm"],
  ["ANLI R1", "ANLI R3"],
  ["MathVista", "MathVista test"],
  ["MMMU", "MMMU-Pro"],
  ["Set5", "Set14"],
  ["Set5 ×2", "Set5 ×4"],
  ["BSD100", "BSD68"],
  ["LSUN Bedroom", "LSUN Church"],
  ["AFHQ Cat", "AFHQ Dog"],
  ["Atari", "Atari 100k"],
  ["DMControl 100k", "DMControl 500k"],
  ["Meta-World MT10", "Meta-World MT50"],
  ["ogbn-arxiv", "ogbn-products"],
  ["FB15k", "FB15k-237"],
  ["WN18", "WN18RR"],
  ["Cora", "Citeseer"],
  ["HMDB-51", "UCF-101"],
  ["RefCOCO", "RefCOCO+"],
  ["RefCOCO", "RefCOCOg"],
  ["SST-2", "SST-5"],
  ["AISHELL-1", "AISHELL-2"],
  ["MUSDB18", "MUSDB18-HQ"],
  ["Spider", "Spider 2.0"],
  ["BIRD", "BIRD dev"],
  // Not in the registry: the generic rules keep variants apart.
  ["FooBench v2", "FooBench v3"],
  ["FooBench", "FooBench v2"],
  ["FooBench 1.1", "FooBench 11"],
  ["FooBench+", "FooBench"],
  ["ImageNet 64×64", "ImageNet 32×32"],
  ["FFHQ 256", "FFHQ 1024"],
  ["COCO test-dev", "COCO test-std"],
  ["BarQA dev", "BarQA test"],
  ["BarQA", "BarQA test"],
  ["GSM8K test", "GSM8K"],
  ["MATH test", "MATH-500"],
  ["MATH Level 5", "MATH"],
  ["MATH Level 5", "MATH Level 4"],
  ["WMT19 En-De", "WMT19 De-En"],
  ["WMT19 En-De", "WMT19 En-Ru"],
  ["WMT21 En-De", "WMT19 En-De"],
  ["WMT'17", "WMT'18"],
  ["VOC07", "VOC12"],
  ["AIME 2026", "AIME 2025"],
  ["HMMT February 2025", "HMMT 2024"],
  ["SWE-bench Verified", "SWE-bench Multimodal"],
  ["MMLU", "MMLU 5-shot"],
  ["ResNet-50", "ResNet-101"],
  ["XYZ-1K", "XYZ-10K"],
  ["ViT-B/16", "ViT-B/32"],
  ["Frobnicator 512x512", "Frobnicator 256x256"],
  ["LibriSpeech 100h", "LibriSpeech 960h"],
  ["DOTA-v1.5", "DOTA-v2.0"],
];

describe("the dataset registry", () => {
  it("is broad and consistent: several hundred datasets, no spelling claimed twice, every family an entry", () => {
    expect(DATASET_REGISTRY.length).toBeGreaterThan(600);
    expect(datasetRegistryProblems()).toEqual([]);
    const names = DATASET_REGISTRY.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const domain of [
      "vision",
      "video",
      "3d",
      "generation",
      "language",
      "translation",
      "speech",
      "rl",
      "graph",
      "code",
      "llm",
      "multimodal",
    ])
      expect(DATASET_REGISTRY.filter((e) => e.domain === domain).length, domain).toBeGreaterThan(15);
  });

  it("every registry spelling resolves to its own entry", () => {
    for (const e of DATASET_REGISTRY)
      for (const s of [e.name, ...(e.aliases ?? [])]) expect(resolveDataset(s).name, s).toBe(e.name);
  });

  it("ambiguous spellings are registry spellings", () => {
    const spellings = new Set(DATASET_REGISTRY.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(nameKey));
    for (const s of AMBIGUOUS_IN_TEXT) expect(spellings.has(nameKey(s)), s).toBe(true);
  });
});

describe("resolveDataset", () => {
  it.each(MERGE.map((g) => [g[0]!, g] as const))("spellings of %s merge", (_, group) => {
    const keys = group.map(key);
    expect(new Set(keys), group.map((s, i) => `${s} -> ${keys[i]}`).join("; ")).toHaveLength(1);
  });

  it.each(APART)("%s and %s stay apart", (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it("spelling groups never merge with each other", () => {
    const keys = MERGE.map((g) => key(g[0]!));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ["MATH-500", "MATH", "500", "subset of", 500],
    ["MATH500", "MATH", "500", "subset of", 500],
    ["GPQA Diamond", "GPQA", "Diamond", "subset of", 198],
    ["GPQA Main", "GPQA", "Main", "subset of", 448],
    ["SWE-bench Verified", "SWE-bench", "Verified", "subset of", 500],
    ["SWE-bench Lite", "SWE-bench", "Lite", "subset of", 300],
    ["HumanEval+", "HumanEval", "+", "variant of", 164],
    ["LibriSpeech test-clean", "LibriSpeech", "test-clean", "split of", 2620],
    ["LibriSpeech test-other", "LibriSpeech", "test-other", "split of", 2939],
    ["SQuAD 2.0", "SQuAD", "2.0", "version of", 11873],
    ["AlpacaEval 2.0", "AlpacaEval", "2.0", "version of", 805],
    ["AIME 2024", "AIME", "2024", "version of", 30],
    ["AIME25", "AIME", "2025", "version of", 30],
    ["VOC 2007", "Pascal VOC", "2007", "version of", 4952],
    ["CelebA-HQ", "CelebA", "HQ", "variant of", null],
    ["VoxCeleb1-H", "VoxCeleb1", "H", "split of", null],
    ["WMT14 En-De", "WMT14", "En-De", "variant of", 3003],
    ["ImageNet 256x256", "ImageNet", "256×256", "variant of", null],
    ["ImageNet-256", "ImageNet", "256×256", "variant of", null],
    ["$512\\times512$ ImageNet", "512×512 ImageNet", null, null, null],
    ["COCO test-dev", "COCO", "test-dev", "split of", null],
    ["MS-COCO test-std", "COCO", "test-std", "split of", null],
    ["Cityscapes val", "Cityscapes", "val", "split of", 500],
    ["ADE20K validation", "ADE20K", "val", "split of", 2000],
    ["MMLU-Pro validation", "MMLU-Pro", "val", "split of", null],
    ["GSM8K test", "GSM8K", "test", "split of", null],
    // A difficulty level is a subset of its benchmark, not a version of it ("MATH v5").
    ["MATH Level 5", "MATH", "level 5", "subset of", null],
    ["WMT19 En-Ru", "WMT19", "En-Ru", "variant of", null],
    ["WMT'14 German→English", "WMT14", "De-En", "variant of", null],
    ["AIME 2026", "AIME", "2026", "version of", null],
    ["WMT 2013", "WMT", "2013", "version of", null],
    ["VOC 2010", "Pascal VOC", "2010", "version of", null],
    ["LiveCodeBench v7", "LiveCodeBench", "v7", "version of", null],
    ["BigCodeBench Hard", "BigCodeBench", "Hard", "subset of", 148],
    ["MT-Bench Hard", "MT-Bench", "Hard", "subset of", null],
    ["LibriSpeech 100h", "LibriSpeech", "100h", "subset of", null],
    ["HellaSwag 1000", "HellaSwag", "1000", "subset of", null],
    ["Manga109 4x upscaling", "Manga109", "×4", "variant of", null],
    ["ImageNet", "ImageNet", null, null, 50000],
    ["GSM8K", "GSM8K", null, null, 1319],
    ["HumanEval", "HumanEval", null, null, 164],
    ["MBPP", "MBPP", null, null, 500],
    ["MATH", "MATH", null, null, 5000],
  ] as const)("%s: family %s, variant %s (%s), %s test items", (raw, family, variant, relation, testSize) => {
    const id = resolveDataset(raw);
    expect(id.family).toBe(family);
    expect(id.familyKey).toBe(nameKey(family));
    expect(id.variant).toBe(variant);
    expect(id.relation).toBe(relation);
    expect(id.testSize).toBe(testSize);
  });

  it("names variants the same way however they are written", () => {
    expect(resolveDataset("ImageNet $256\\times 256$").name).toBe("ImageNet 256×256");
    expect(resolveDataset("ImageNet-1k 512x512").name).toBe("ImageNet 512×512");
    expect(resolveDataset("WMT'14 English→German").name).toBe("WMT14 En-De");
    expect(resolveDataset("WMT19 english-russian").name).toBe("WMT19 En-Ru");
    expect(resolveDataset("the MATH500").name).toBe("MATH-500");
    expect(resolveDataset("SQuAD v2.0 dev set").name).toBe("SQuAD 2.0 dev");
    expect(resolveDataset("VQA v2 test-dev").name).toBe("VQAv2 test-dev");
  });

  it("keeps unknown names as written, minus a leading article and wrapping punctuation", () => {
    const id = resolveDataset(" the FooBench-Hard, ");
    expect(id).toMatchObject({
      name: "FooBench-Hard",
      key: "foobench hard",
      family: "FooBench-Hard",
      variant: null,
      relation: null,
      testSize: null,
      known: false,
    });
    expect(resolveDataset("“ZetaQA”").name).toBe("ZetaQA");
    expect(resolveDataset("Frobnicator $512\\times 512$").name).toBe("Frobnicator 512×512");
    // A known name followed by words that are not qualifiers is not that dataset.
    expect(resolveDataset("ImageNet pretrained features").known).toBe(false);
    expect(resolveDataset("MMLU 5-shot").known).toBe(false);
    expect(resolveDataset("COCO-style AP").known).toBe(false);
  });

  it("known names are flagged and unknown ones are not", () => {
    expect(resolveDataset("ILSVRC2012").known).toBe(true);
    expect(resolveDataset("ImageNet 128x128").known).toBe(true);
    expect(resolveDataset("Imagenette").known).toBe(false);
  });
});

describe("names.ts, derived from the registry", () => {
  it("maps spellings to their variant's display name, not the family's", () => {
    expect(knownDataset("MATH500")).toBe("MATH-500");
    expect(knownDataset("HumanEval+")).toBe("HumanEval+");
    expect(knownDataset("SQuAD v1.1")).toBe("SQuAD 1.1");
    expect(knownDataset("GPQA-Diamond")).toBe("GPQA Diamond");
    expect(knownDataset("LibriSpeech test-other")).toBe("LibriSpeech test-other");
    expect(knownDataset("ImageNet-1k")).toBe("ImageNet");
    expect(knownDataset("Imagenette")).toBeUndefined();
    expect(knownDataset("Pets")).toBeUndefined(); // a dataset only in context
    expect(canonicalDatasetName("the ImageNet-1K")).toBe("ImageNet");
    expect(canonicalDatasetName("ImageNet 256x256")).toBe("ImageNet 256×256");
    expect(canonicalDatasetName("“Z-Reader (single model)”")).toBe("Z-Reader (single model)");
    expect(canonicalDatasetName("Pets")).toBe("Oxford-IIIT Pets");
  });

  it("keeps the alias table, the spelling list and the accuracy set", () => {
    expect(DATASET_ALIASES["SQuAD 2.0"]).toContain("SQuAD v2.0");
    expect(DATASET_ALIASES.SQuAD).not.toContain("SQuAD 2.0");
    expect(DATASET_ALIASES.MATH).not.toContain("MATH-500");
    expect(DATASET_SPELLINGS).toContain("MATH-500");
    expect(DATASET_SPELLINGS).not.toContain("Pets");
    for (let i = 1; i < DATASET_SPELLINGS.length; i++)
      expect(DATASET_SPELLINGS[i - 1]!.length).toBeGreaterThanOrEqual(DATASET_SPELLINGS[i]!.length);
    for (const name of [
      "ImageNet",
      "CIFAR-10",
      "MMLU",
      "GSM8K",
      "MATH",
      "MATH-500",
      "AIME 2024",
      "GPQA",
      "GPQA Diamond",
      "ARC-Challenge",
      "TriviaQA",
      "Natural Questions",
    ])
      expect(ACCURACY_DATASETS.has(name), name).toBe(true);
    for (const name of ["COCO", "HumanEval", "FFHQ", "LibriSpeech test-clean", "WMT14 En-De"])
      expect(ACCURACY_DATASETS.has(name), name).toBe(false);
    expect(isAccuracyDataset("MATH500")).toBe(true);
  });

  it("leaves entityKey and canonicalSubjectName as they were", () => {
    expect(entityKey("LLaMA-7B")).toBe("llama7b");
    expect(canonicalSubjectName("the Z-Reader's")).toBe("Z-Reader");
  });
});

// ---------------------------------------------------------------- reference: Papers with Code (2021)

const here = dirname(fileURLToPath(import.meta.url));
const PWC = resolve(here, "../../../../shared/reference-data/dataset-aliases/pwc-datasets-2021.jsonl");

describe.skipIf(!existsSync(PWC))("against Papers with Code dataset names (../shared, read only)", () => {
  interface Row {
    id: string;
    variants: string[];
  }
  const rows: Row[] = existsSync(PWC)
    ? readFileSync(PWC, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Row)
    : [];
  const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

  it("alternative names of one dataset resolve to one key or link to it as a variant; distinct datasets rarely collide", () => {
    let spellingPairs = 0,
      spellingMerged = 0; // same letters and digits ("CNN/Daily Mail" vs "CNN / Daily Mail")
    let qualified = 0,
      qualifiedApart = 0,
      qualifiedLinked = 0; // the id plus more words ("KITTI 2015", "Set5 - 4x upscaling")
    let pairs = 0,
      merged = 0,
      linked = 0;
    for (const r of rows) {
      const id = resolveDataset(r.id);
      const idTokens = nameTokens(r.id);
      for (const alt of new Set(r.variants.map((v) => v.trim()))) {
        if (alt === r.id.trim()) continue;
        const a = resolveDataset(alt);
        pairs++;
        if (a.key === id.key) merged++;
        else if (a.familyKey === id.key || a.familyKey === id.familyKey) linked++;
        if (letters(alt) === letters(r.id)) {
          spellingPairs++;
          if (a.key === id.key) spellingMerged++;
        }
        const altTokens = nameTokens(alt);
        if (altTokens.length > idTokens.length && idTokens.every((t, i) => altTokens[i] === t)) {
          qualified++;
          if (a.key !== id.key) qualifiedApart++;
          if (a.key !== id.key && a.familyKey === id.key) qualifiedLinked++;
        }
      }
    }
    const ids = [...new Set(rows.map((r) => r.id.trim()))];
    const byKey = new Map<string, string[]>();
    for (const id of ids) byKey.set(key(id), [...(byKey.get(key(id)) ?? []), id]);
    const colliding = [...byKey.values()].filter((g) => g.length > 1);
    const collidingIds = colliding.reduce((n, g) => n + g.length, 0);
    const rate = (n: number, d: number) => (d ? n / d : 0);
    console.log(
      [
        `PwC 2021: ${rows.length} rows, ${pairs} (name, alternative name) pairs`,
        `  same key ${merged} (${rate(merged, pairs).toFixed(3)}), linked as variant/family ${linked}, same or linked ${rate(merged + linked, pairs).toFixed(3)}`,
        `  spelling-only pairs (same letters and digits): ${spellingMerged}/${spellingPairs} merged (${rate(spellingMerged, spellingPairs).toFixed(3)})`,
        `  name + qualifier pairs: ${qualifiedApart}/${qualified} kept apart (${rate(qualifiedApart, qualified).toFixed(3)}), ${qualifiedLinked} linked to the name as family`,
        `  distinct dataset ids: ${ids.length}, ${collidingIds} in ${colliding.length} colliding groups (${rate(collidingIds, ids.length).toFixed(4)}): ${colliding.map((g) => g.join(" = ")).join("; ")}`,
      ].join("\n"),
    );
    expect(pairs).toBeGreaterThan(1000);
    // Spellings that differ only in case and punctuation: nameKey keeps "+" and letter-word boundaries apart
    // ("Deep-Fashion" vs "DeepFashion"), so not all merge; measured 0.848 (78/92).
    expect(rate(spellingMerged, spellingPairs)).toBeGreaterThan(0.8);
    // PwC lists leaderboard variants among alternative names ("KITTI 2015", "Set5 - 4x upscaling"): those stay
    // apart (measured 0.995, 854/858), and about a quarter are read as variants of the name (measured 229/858).
    expect(rate(qualifiedApart, qualified)).toBeGreaterThan(0.97);
    expect(rate(qualifiedLinked, qualified)).toBeGreaterThan(0.2);
    // Distinct datasets: measured 0.004 (case-only clashes such as "BIRD" vs "BiRD").
    expect(rate(collidingIds, ids.length)).toBeLessThan(0.01);
  });
});

describe("a resolution whose \\times lost its backslash", () => {
  it('"ImageNet 512times512" is ImageNet 512×512', () => {
    expect(resolveDataset("ImageNet 512times512")).toMatchObject({
      name: "ImageNet 512×512",
      family: "ImageNet",
      known: true,
    });
    expect(resolveDataset("ImageNet 256 times 256").name).toBe("ImageNet 256×256");
  });
});
