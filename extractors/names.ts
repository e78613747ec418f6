/**
 * Name normalization for systems (subjects, baselines) and datasets.
 *
 * `entityKey` is the identity used to merge spellings ("LLaMA-7B" = "LLaMA 7B",
 * "CIFAR10" = "CIFAR-10"); dataset display names come from the dataset registry
 * (identity/dataset-registry.ts, read by identity/datasets.ts), and otherwise stay as written.
 */
import { DATASET_REGISTRY } from "./identity/dataset-registry.js";
import { datasetSpellings, isAccuracyEntry, isAmbiguousDatasetSpelling, resolveDataset } from "./identity/datasets.js";

/** Lowercase, with everything but letters and digits dropped. */
export function entityKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/**
 * Well-known datasets: display name -> spellings that mean the same dataset, derived from the dataset
 * registry (identity/dataset-registry.ts). Variants (SQuAD 1.1 and 2.0, MATH and MATH-500, HumanEval and
 * HumanEval+, LibriSpeech test-clean and test-other) are separate rows; `resolveDataset` gives the family.
 */
export const DATASET_ALIASES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  datasetSpellings().map(({ entry, spellings }) => [entry.name, spellings]),
);

/** Datasets whose results are accuracies unless the text names another metric (variants included). */
export const ACCURACY_DATASETS: ReadonlySet<string> = new Set(
  DATASET_REGISTRY.filter(isAccuracyEntry).map((e) => e.name),
);

/**
 * Every registry spelling, longest first, for building a matcher over text. Spellings that name a
 * dataset only in context ("Pets", "GQA", "DART") are left out.
 */
export const DATASET_SPELLINGS: readonly string[] = datasetSpellings()
  .flatMap(({ spellings }) => spellings)
  .filter((s, i, all) => all.indexOf(s) === i && !isAmbiguousDatasetSpelling(s))
  .sort((a, b) => b.length - a.length);

/**
 * The registry's display name when the name is a known dataset or a variant of one ("MATH500" ->
 * "MATH-500", "ImageNet 256x256" -> "ImageNet 256×256"); undefined for unknown names and for spellings
 * that are datasets only in context.
 */
export function knownDataset(raw: string): string | undefined {
  const hit = knownCache.get(raw);
  if (hit !== undefined) return hit === null ? undefined : hit;
  if (knownCache.size >= KNOWN_CACHE_MAX) knownCache.clear();
  const id = isAmbiguousDatasetSpelling(raw) ? null : resolveDataset(raw);
  const name = id?.known ? id.name : null;
  knownCache.set(raw, name);
  return name ?? undefined;
}

// The extractor asks about the same few spellings many times per abstract; resolving one costs microseconds.
const KNOWN_CACHE_MAX = 20_000;
const knownCache = new Map<string, string | null>();

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** Surrounding quotes and punctuation off; brackets only when unbalanced ("Z-Reader (single model)" keeps its ")"). */
function tidy(raw: string): string {
  let t = raw.replace(/\s+/g, " ").replace(/^[\s"'“”‘’,;:]+|[\s"'“”‘’,;:.]+$/g, "");
  for (const [open, close] of [
    ["(", ")"],
    ["[", "]"],
    ["{", "}"],
  ] as const) {
    while (t.endsWith(close) && count(t, close) > count(t, open)) t = t.slice(0, -1).trimEnd();
    while (t.startsWith(open) && count(t, open) > count(t, close)) t = t.slice(1).trimStart();
  }
  return t.replace(/^[\s"'“”‘’,;:]+|[\s"'“”‘’,;:.]+$/g, "").trim();
}

/**
 * Display name of a dataset: the registry name of the exact variant for a known spelling ("ImageNet-1k" and
 * "ImageNet" fall together, "MATH500" is "MATH-500", "ImageNet 256x256" is "ImageNet 256×256"), else the
 * text as written with surrounding punctuation and a leading article removed.
 */
export function canonicalDatasetName(raw: string): string {
  return resolveDataset(raw).name;
}

/** Display name of a system: as written, minus articles, possessives and wrapping punctuation. */
export function canonicalSubjectName(raw: string): string {
  return tidy(raw)
    .replace(/^(?:the|our|a|an|their|its)\s+/i, "")
    .replace(/['’]s$/i, "")
    .trim();
}
