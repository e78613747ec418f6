/**
 * Dataset identity: a dataset is a family plus a variant (version, split, subset, resolution, language
 * pair, track). Spellings of one variant meet under one key; two variants never do.
 *
 * `resolveDataset` reads a written name:
 * 1. a registry spelling (dataset-registry.ts) is that entry ("ILSVRC2012" -> ImageNet, "MATH500" -> MATH-500);
 * 2. a registry spelling followed by qualifiers that name a variant is that variant, whether the registry
 *    lists it or not: resolutions ("ImageNet 256x256", "ImageNet-256", "$256\times256$"), splits ("test-clean",
 *    "val", "test-dev", "minival"), versions ("v2", "2.0", "2017", "'14" for yearly families), subsets
 *    ("Lite", "Verified", "Diamond", "Hard", "-500", "100h"), language pairs ("En-De", "English→German"),
 *    "+" ("HumanEval+");
 * 3. anything else is kept as written (tidied), keyed by `nameKey` and its own family.
 */
import { AMBIGUOUS_IN_TEXT, DATASET_REGISTRY, IMAGE_DOMAINS, type RegisteredDataset } from "./dataset-registry.js";
import { nameKey, nameTokens } from "./name-key.js";
import type { DatasetIdentity, DatasetRelation } from "./types.js";

// ------------------------------------------------------------------ registry indexes

const byKey = new Map<string, RegisteredDataset>();
const byName = new Map<string, RegisteredDataset>();
/** Keys claimed by two entries: a registry error, reported by `datasetRegistryProblems`. */
const clashes: string[] = [];

for (const entry of DATASET_REGISTRY) {
  byName.set(entry.name, entry);
  for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
    const key = nameKey(spelling);
    const prior = byKey.get(key);
    if (prior && prior !== entry) clashes.push(`"${spelling}" (${entry.name}) = ${prior.name}`);
    else byKey.set(key, entry);
  }
}

const ambiguousKeys = new Set(AMBIGUOUS_IN_TEXT.map(nameKey));

/** Registry consistency problems (clashing spellings, families that are not entries); [] when sound. */
export function datasetRegistryProblems(): string[] {
  const out = [...clashes];
  for (const e of DATASET_REGISTRY) {
    if (e.family && !byName.has(e.family)) out.push(`${e.name}: family "${e.family}" is not an entry`);
    if (e.family && (!e.relation || !e.variant)) out.push(`${e.name}: family without relation or variant`);
    if (!e.family && (e.relation || e.variant)) out.push(`${e.name}: relation or variant without a family`);
  }
  return out;
}

function familyOf(entry: RegisteredDataset): RegisteredDataset | undefined {
  return entry.family ? byName.get(entry.family) : undefined;
}

/** Whether the entry or its family is held per year (so "'17" after it is 2017). */
const isYearly = (e: RegisteredDataset): boolean => !!e.yearly || !!familyOf(e)?.yearly;

/** Results on the dataset are accuracies unless a metric is named (variants inherit their family's). */
export function isAccuracyEntry(e: RegisteredDataset): boolean {
  return e.accuracy ?? (familyOf(e) ? isAccuracyEntry(familyOf(e)!) : false);
}

// ------------------------------------------------------------------ text clean-up

const count = (text: string, ch: string) => text.split(ch).length - 1;

/** LaTeX and typography to plain text: "$256\times 256$" and "256^2" -> "256×256". */
function delatex(raw: string): string {
  return (
    raw
      .replace(/\\(?:text|mathrm|textrm|textbf|mathbf|texttt|textit|emph)\s*\{([^{}]*)\}/g, "$1")
      .replace(/\\(?:times|texttimes)(?![a-zA-Z])\s*/g, "×")
      .replace(/\\(?:rightarrow|to|longrightarrow)(?![a-zA-Z])\s*/g, "→")
      .replace(/\\[,;:! ]/g, " ")
      .replace(/\\([%&_#$])/g, "$1")
      .replace(/[${}]/g, "")
      .replace(/~/g, " ")
      .replace(/(\d)\s*[x×*]\s*(?=\d)/gi, "$1×")
      // "512times512": a "\times" whose backslash a feed already dropped.
      .replace(/(\d)\s*times\s*(?=\d)/gi, "$1×")
      .replace(/\b(\d{2,4})\s*\^\s*2\b/g, "$1×$1")
  );
}

/** Surrounding quotes and punctuation off; brackets only when unbalanced. */
function tidy(raw: string): string {
  let t = delatex(raw)
    .replace(/\s+/g, " ")
    .replace(/^[\s"'“”‘’,;:]+|[\s"'“”‘’,;:.]+$/g, "");
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

// ------------------------------------------------------------------ qualifiers

interface Qualifier {
  label: string;
  relation: DatasetRelation;
}

const FILLER = new Set([
  "dataset",
  "datasets",
  "benchmark",
  "benchmarks",
  "set",
  "sets",
  "split",
  "splits",
  "subset",
  "corpus",
  "suite",
  "data",
  "track",
  "partition",
  "version",
  "leaderboard",
  "upscaling",
  "upsampling",
  "scale",
  "noise",
  "level",
]);

/** Split names, longest first (token sequences as `nameTokens` writes them). */
const SPLITS: [string[], string][] = [
  [["test", "clean"], "test-clean"],
  [["test", "other"], "test-other"],
  [["dev", "clean"], "dev-clean"],
  [["dev", "other"], "dev-other"],
  [["test", "dev"], "test-dev"],
  [["test", "std"], "test-std"],
  [["test", "challenge"], "test-challenge"],
  [["test", "mini"], "testmini"],
  [["mini", "val"], "minival"],
  [["dev", "test"], "devtest"],
  [["train", "val"], "trainval"],
  [["held", "out"], "held-out"],
  [["test", "a"], "testA"],
  [["test", "b"], "testB"],
  [["val", "unseen"], "val unseen"],
  [["val", "seen"], "val seen"],
  [["test"], "test"],
  [["testing"], "test"],
  [["dev"], "dev"],
  [["development"], "dev"],
  [["val"], "val"],
  [["validation"], "val"],
  [["valid"], "val"],
  [["minival"], "minival"],
  [["testmini"], "testmini"],
  [["testdev"], "test-dev"],
  [["teststd"], "test-std"],
  [["train"], "train"],
  [["training"], "train"],
  [["trainval"], "trainval"],
  [["devtest"], "devtest"],
  [["testa"], "testA"],
  [["testb"], "testB"],
  [["eval"], "eval"],
  [["heldout"], "held-out"],
];

const SUBSET_WORDS = new Map<string, string>(
  [
    "lite",
    "verified",
    "diamond",
    "main",
    "extended",
    "hard",
    "easy",
    "medium",
    "mini",
    "full",
    "small",
    "tiny",
    "large",
    "long",
    "short",
    "clean",
    "other",
    "noisy",
    "multilingual",
    "multimodal",
    "sanitized",
    "balanced",
    "unbalanced",
    "seen",
    "unseen",
    "public",
    "private",
  ].map((w) => [w, w[0]!.toUpperCase() + w.slice(1)]),
);
SUBSET_WORDS.set("zh", "ZH").set("cn", "CN").set("en", "EN");

const LANGUAGES: Record<string, string> = {
  en: "en",
  english: "en",
  de: "de",
  german: "de",
  fr: "fr",
  french: "fr",
  ro: "ro",
  romanian: "ro",
  zh: "zh",
  chinese: "zh",
  ja: "ja",
  japanese: "ja",
  ko: "ko",
  korean: "ko",
  ru: "ru",
  russian: "ru",
  es: "es",
  spanish: "es",
  it: "it",
  italian: "it",
  pt: "pt",
  portuguese: "pt",
  cs: "cs",
  czech: "cs",
  fi: "fi",
  finnish: "fi",
  tr: "tr",
  turkish: "tr",
  et: "et",
  estonian: "et",
  lv: "lv",
  latvian: "lv",
  lt: "lt",
  lithuanian: "lt",
  gu: "gu",
  gujarati: "gu",
  kk: "kk",
  kazakh: "kk",
  ar: "ar",
  arabic: "ar",
  vi: "vi",
  vietnamese: "vi",
  hi: "hi",
  hindi: "hi",
  ne: "ne",
  nepali: "ne",
  si: "si",
  sinhala: "si",
  km: "km",
  khmer: "km",
  ps: "ps",
  pashto: "ps",
  uk: "uk",
  ukrainian: "uk",
  pl: "pl",
  polish: "pl",
  nl: "nl",
  dutch: "nl",
  sv: "sv",
  swedish: "sv",
  da: "da",
  danish: "da",
  hu: "hu",
  hungarian: "hu",
  he: "he",
  hebrew: "he",
  th: "th",
  thai: "th",
  id: "id",
  indonesian: "id",
  bn: "bn",
  bengali: "bn",
  ta: "ta",
  tamil: "ta",
  te: "te",
  telugu: "te",
  ur: "ur",
  urdu: "ur",
  fa: "fa",
  persian: "fa",
  sw: "sw",
  swahili: "sw",
  is: "is",
  icelandic: "is",
  hr: "hr",
  croatian: "hr",
  bg: "bg",
  bulgarian: "bg",
  el: "el",
  greek: "el",
  ms: "ms",
  malay: "ms",
  my: "my",
  burmese: "my",
  jp: "ja",
  cn: "zh",
};
const LANGUAGE_NAMES = new Set(Object.keys(LANGUAGES).filter((k) => k.length > 2));
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const RESOLUTIONS = new Set([16, 28, 32, 64, 96, 128, 224, 256, 384, 512, 768, 1024, 2048]);
const isNum = (t: string | undefined): t is string => !!t && /^\d+(?:\.\d+)*$/.test(t);

/** Version label: "2.0" and "v2" are one version of a known family ("v2"); "1.1" stays "v1.1". */
const versionLabel = (n: string) => `v${n.replace(/(?:\.0+)+$/, "")}`;

/** Reads the tokens after a known name as qualifiers; null when any token is not one. */
function parseQualifiers(rest: readonly string[], base: RegisteredDataset): Qualifier[] | null {
  const out: Qualifier[] = [];
  const image = IMAGE_DOMAINS.has(base.domain);
  let i = 0;
  outer: while (i < rest.length) {
    const t = rest[i]!;
    const next = rest[i + 1];
    // A difficulty level or tier is a subset, not a version: "MATH Level 5" is level 5 of MATH, not MATH v5.
    if ((t === "level" || t === "lvl" || t === "tier") && isNum(next)) {
      out.push({ label: `level ${next}`, relation: "subset of" });
      i += 2;
      continue;
    }
    if (FILLER.has(t)) {
      i++;
      continue;
    }
    for (const [words, label] of SPLITS) {
      if (words.every((w, k) => rest[i + k] === w)) {
        out.push({ label, relation: "split of" });
        i += words.length;
        continue outer;
      }
    }
    // Language pair: "en de", "english german", "en to de", "en 2 de"? (only "to").
    const l1 = LANGUAGES[t];
    if (l1) {
      const gap = next === "to" ? 1 : 0;
      const l2 = LANGUAGES[rest[i + 1 + gap] ?? ""];
      if (l2 && l2 !== l1) {
        out.push({ label: `${cap(l1)}-${cap(l2)}`, relation: "variant of" });
        i += 2 + gap;
        continue;
      }
      if (LANGUAGE_NAMES.has(t)) {
        out.push({ label: cap(t), relation: "subset of" });
        i++;
        continue;
      }
    }
    if (/^\++$/.test(t)) {
      out.push({ label: t, relation: "variant of" });
      i++;
      continue;
    }
    if (t === "plus") {
      out.push({ label: "+", relation: "variant of" });
      i++;
      continue;
    }
    const word = SUBSET_WORDS.get(t);
    if (word) {
      out.push({ label: word, relation: "subset of" });
      i++;
      continue;
    }
    // Super-resolution scale ("x4", "4x upscaling", "×4") and noise level ("sigma 25").
    if (t === "x" && isNum(next) && !next.includes(".")) {
      out.push({ label: `×${next}`, relation: "variant of" });
      i += 2;
      continue;
    }
    if (isNum(t) && next === "x" && !isNum(rest[i + 2])) {
      out.push({ label: `×${t}`, relation: "variant of" });
      i += 2;
      continue;
    }
    if ((t === "sigma" || t === "σ") && isNum(next)) {
      out.push({ label: `σ=${next}`, relation: "variant of" });
      i += 2;
      continue;
    }
    if (isNum(t)) {
      // Resolution: "256 x 256", "256 px", or a bare "256" after an image dataset.
      if (next === "x" && isNum(rest[i + 2])) {
        out.push({ label: `${t}×${rest[i + 2]}`, relation: "variant of" });
        i += 3;
        continue;
      }
      if (next === "px" || next === "pixels") {
        out.push({ label: `${t}×${t}`, relation: "variant of" });
        i += 2;
        continue;
      }
      // Sizes: "100k", "1M", "100h".
      if (next && /^(?:k|m|b)$/.test(next) && !t.includes(".")) {
        out.push({ label: `${t}${next === "k" ? "k" : next.toUpperCase()}`, relation: "subset of" });
        i += 2;
        continue;
      }
      if (next && /^(?:h|hr|hrs|hours?)$/.test(next)) {
        out.push({ label: `${t}h`, relation: "subset of" });
        i += 2;
        continue;
      }
      if (next && /^(?:shot|shots|way|fold|bit|epoch|epochs|step|steps)$/.test(next)) return null; // a setting, not a variant
      const n = Number(t);
      if (/^(?:19|20)\d\d$/.test(t)) out.push({ label: t, relation: "version of" });
      else if (/^\d\d$/.test(t) && isYearly(base))
        out.push({ label: `${n >= 80 ? 19 : 20}${t}`, relation: "version of" });
      else if (t.includes(".")) out.push({ label: versionLabel(t), relation: "version of" });
      else if (image && RESOLUTIONS.has(n)) out.push({ label: `${t}×${t}`, relation: "variant of" });
      else if (n >= 100) out.push({ label: t, relation: "subset of" });
      else out.push({ label: versionLabel(t), relation: "version of" });
      i++;
      continue;
    }
    return null;
  }
  return out;
}

const RELATION_RANK: DatasetRelation[] = ["split of", "subset of", "variant of", "version of"];

// ------------------------------------------------------------------ resolution

function identityOf(entry: RegisteredDataset): DatasetIdentity {
  const family = familyOf(entry);
  return {
    name: entry.name,
    key: nameKey(entry.name),
    family: family?.name ?? entry.name,
    familyKey: nameKey(family?.name ?? entry.name),
    variant: entry.variant ?? null,
    relation: entry.relation ?? null,
    testSize: entry.testSize ?? null,
    known: true,
  };
}

function unknown(name: string): DatasetIdentity {
  const key = nameKey(name);
  return { name, key, family: name, familyKey: key, variant: null, relation: null, testSize: null, known: false };
}

/** The longest registry spelling the tokens start with, and what follows it. */
function knownPrefix(tokens: readonly string[]): { entry: RegisteredDataset; rest: string[] } | null {
  for (let i = tokens.length - 1; i >= 1; i--) {
    const entry = byKey.get(tokens.slice(0, i).join(" "));
    if (entry) return { entry, rest: tokens.slice(i) };
    // "VQAv2", "SQuADv1.1": a name with a "v" glued to its version.
    const last = tokens[i - 1]!;
    if (last.length > 2 && last.endsWith("v") && isNum(tokens[i])) {
      const glued = byKey.get([...tokens.slice(0, i - 1), last.slice(0, -1)].join(" "));
      if (glued) return { entry: glued, rest: tokens.slice(i) };
    }
  }
  return null;
}

function resolveTidy(t: string): DatasetIdentity | null {
  const exact = byKey.get(nameKey(t));
  if (exact) return identityOf(exact);
  const tokens = nameTokens(t);
  const prefix = knownPrefix(tokens);
  if (!prefix) return null;
  const { entry, rest } = prefix;
  const quals = parseQualifiers(rest, entry);
  if (!quals) return null;
  if (quals.length === 0) return identityOf(entry);
  const variant = quals.map((q) => q.label).join(" ");
  const name = /^\+/.test(variant) ? `${entry.name}${variant}` : `${entry.name} ${variant}`;
  const listed = byKey.get(nameKey(name));
  if (listed) return identityOf(listed);
  const relation = RELATION_RANK.find((r) => quals.some((q) => q.relation === r))!;
  return {
    name,
    key: nameKey(name),
    family: entry.name,
    familyKey: nameKey(entry.name),
    variant,
    relation,
    testSize: null,
    known: true,
  };
}

/** The identity of a written dataset name. */
export function resolveDataset(raw: string): DatasetIdentity {
  const t = tidy(raw);
  const hit = resolveTidy(t);
  if (hit) return hit;
  const bare = t.replace(/^(?:the|a|an)\s+/i, "");
  if (bare !== t && bare) return resolveTidy(bare) ?? unknown(bare);
  return unknown(t);
}

/** The registry entry a name resolves to exactly (a spelling of it, not a generic variant). */
function datasetEntry(raw: string): RegisteredDataset | undefined {
  const id = resolveDataset(raw);
  return id.known ? byKey.get(id.key) : undefined;
}

/** Whether results on the named dataset are accuracies unless the text names another metric. */
export function isAccuracyDataset(raw: string): boolean {
  const e = datasetEntry(raw);
  return !!e && isAccuracyEntry(e);
}

/** A spelling that names a dataset only in context ("Pets", "DART", "GQA"): see AMBIGUOUS_IN_TEXT. */
export function isAmbiguousDatasetSpelling(raw: string): boolean {
  return ambiguousKeys.has(nameKey(tidy(raw).replace(/^(?:the|a|an)\s+/i, "")));
}

/** Every registry entry with every spelling, for tables and matchers. */
export function datasetSpellings(): { entry: RegisteredDataset; spellings: string[] }[] {
  return DATASET_REGISTRY.map((entry) => ({ entry, spellings: [entry.name, ...(entry.aliases ?? [])] }));
}
