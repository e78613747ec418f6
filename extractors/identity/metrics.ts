/**
 * Metric identity: a metric is a family plus a variant. "R@1" and "R@10", "Macro-F1" and "Micro-F1",
 * "AP" and "AP50", "SSIM" and "MS-SSIM", "AUROC" and "AUPRC" are different metrics; spellings of one
 * variant ("R@10", "Recall@10", "recall at 10") meet under one name. Splits ("Test", "Val") are not
 * part of a metric: callers keep them as a split.
 *
 * Names the registry lists resolve through its aliases; beyond them, generic rules build variants of a
 * known family: "<family>@k", "macro-/micro-/weighted-<family>", average precision with an IoU threshold,
 * an object size or a box/mask/3D/BEV qualifier, "top-k accuracy", "rank-k". A name nothing explains keeps
 * its written spelling (lowercase, single spaces) and a guessed direction.
 */
import type { Unit } from "../types.js";
import {
  AP_QUALIFIERS,
  AT_K_FAMILIES,
  AVERAGING_MODIFIERS,
  METRIC_REGISTRY,
  type AtKFamily,
  type MetricSpec,
} from "./metric-registry.js";
import type { MetricIdentity, MetricScale } from "./types.js";

const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

/** Written form tidied: NFKC, invisible characters off, one kind of dash, single spaces, footnote marks and arrows off. */
function tidy(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(DASHES, "-")
    .replace(/[$\\{}]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[\s*†‡§↑↓⬆⬇]+$/u, "")
    .replace(/\s*\((?:↑|↓|higher|lower)[^)]*\)$/i, "")
    .replace(/^[\s"'`:;,.%]+|[\s"'`:;,]+$/g, "")
    .trim();
}

/** Alias key: lowercase, no spaces, "-" or "_" (so "Top 1 Acc" = "top-1 acc" = "top1acc"). */
function metricKey(text: string): string {
  return tidy(text)
    .toLowerCase()
    .replace(/[\s\-_]+/g, "");
}

/** Normalized spelling of a name nothing explains: lowercase, single spaces. */
function spelling(text: string): string {
  return tidy(text).toLowerCase();
}

const ROWS = new Map<string, MetricSpec>(METRIC_REGISTRY.map((s) => [s.name, s]));
const BY_ALIAS = new Map<string, MetricSpec>();
// Names first, so an alias never shadows another row's own name.
for (const s of METRIC_REGISTRY) if (!BY_ALIAS.has(metricKey(s.name))) BY_ALIAS.set(metricKey(s.name), s);
for (const s of METRIC_REGISTRY)
  for (const a of s.aliases) if (!BY_ALIAS.has(metricKey(a))) BY_ALIAS.set(metricKey(a), s);

const AT_K_BY_BASE = new Map<string, AtKFamily>();
for (const f of AT_K_FAMILIES) for (const b of f.bases) AT_K_BY_BASE.set(b, f);

function fromSpec(s: MetricSpec): MetricIdentity {
  return {
    name: s.name,
    family: s.family,
    display: s.display,
    direction: s.direction,
    directionKnown: true,
    unit: s.unit,
    min: s.min,
    max: s.max,
    scale: s.scale,
    known: true,
  };
}

/** A variant built by a generic rule: the registry row of that name if there is one, else the family's facts. */
function variant(name: string, display: string, base: MetricIdentity, family = base.family): MetricIdentity {
  const row = BY_ALIAS.get(metricKey(name));
  if (row) return fromSpec(row);
  return { ...base, name, display, family, known: base.known, directionKnown: base.directionKnown };
}

const LOWER_WORDS =
  /\b(?:errors?|err|loss|perplexity|ppl|entropy|bpc|bpd|bpb|params?|parameters|time|latency|memory|size|flops|macs|cost|distance|wer|cer|mse|mae|rmse|failures?|regret|deviation|miss rate|fpr|eer|divergence|kl|nll|mr|rank|seconds|ms|hours|days|overhead|violations?|collisions?|hallucinations?|toxicity|aepe|epe|mpjpe|nme)\b/;

function unknown(written: string): MetricIdentity {
  const name = spelling(written) || "unnamed metric";
  return {
    name,
    family: name,
    display: tidy(written) || name,
    direction: LOWER_WORDS.test(name) ? "lower" : "higher",
    directionKnown: false,
    unit: null,
    min: null,
    max: null,
    scale: null,
    known: false,
  };
}

// A trailing "(%)", "[ms]", "(M)": how the column is written, not what it measures.
const UNIT_PAREN =
  /\s*[([]\s*(?:%|percent|ms|s|sec|secs|seconds|min|h|hours|m|b|k|g|gb|mb|kb|db|mm|cm|m\/s|fps|x|×|10\^?-?\d+|e-?\d+|\d+k|avg|mean|↑|↓)\s*[)\]]$/i;
const SPLIT_WORD =
  /^(?:test|dev|development|validation|valid|val)\b[\s\-_:]*|[\s\-_:]*\b(?:test|dev|development|validation|valid|val)$/i;
const SPLIT_PAREN = /\s*\((?:test|dev|val|validation)\)$/i;

function resolveKnown(text: string, depth: number): MetricIdentity | null {
  if (!text || depth > 4) return null;
  const row = BY_ALIAS.get(metricKey(text));
  if (row) return fromSpec(row);
  const lower = text.toLowerCase();

  // Decorations: a unit or split in parentheses, a split word at an edge.
  for (const re of [UNIT_PAREN, SPLIT_PAREN, /(?<!@\d+)\s*%$/]) {
    if (re.test(text)) {
      const r = resolveKnown(text.replace(re, "").trim(), depth + 1);
      if (r) return r;
    }
  }
  if (SPLIT_WORD.test(text)) {
    const rest = text.replace(SPLIT_WORD, "").trim();
    const r = rest ? resolveKnown(rest, depth + 1) : null;
    if (r) return r;
  }

  return averaged(lower, depth) ?? averagePrecision(lower) ?? atK(lower, depth) ?? topK(lower);
}

/** "Macro-F1", "macro averaged F1", "F1 (micro)", "f1-weighted" -> "macro-f1", "micro-f1", "weighted-f1". */
function averaged(lower: string, depth: number): MetricIdentity | null {
  const pre =
    /^(macro|micro|weighted)(?:[\s\-_]*(?:averaged?|avg\.?))?[\s\-_]+(.+)$|^(macro|micro|weighted)(f1|f|precision|recall|auc|acc|accuracy)$/.exec(
      lower,
    );
  const post = /^(.+?)[\s\-_]*[([]?\b(macro|micro|weighted)(?:[\s\-_]*(?:averaged?|avg\.?))?[)\]]?$/.exec(lower);
  const mod = pre ? (pre[1] ?? pre[3]) : post?.[2];
  const rest = pre ? (pre[2] ?? pre[4]) : post?.[1];
  if (!mod || !rest) return null;
  const modifier = AVERAGING_MODIFIERS[mod]!;
  const inner = resolveKnown(rest.trim(), depth + 1) ?? unknown(rest);
  const name = `${modifier}-${inner.name}`;
  const display = `${modifier[0]!.toUpperCase()}${modifier.slice(1)}-${inner.display}`;
  return variant(name, display, inner);
}

const AP_QUAL = Object.keys(AP_QUALIFIERS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const AP_RE = new RegExp(`^(?:(${AP_QUAL}))?(m?ap|ar)(.*)$`);
const AP_DISPLAY: Record<string, string> = { ap: "AP", map: "mAP", ar: "AR" };
const QUAL_DISPLAY: Record<string, string> = {
  box: "box",
  mask: "mask",
  "3d": "3D",
  bev: "BEV",
  "2d": "2D",
  mesh: "mesh",
  keypoint: "keypoint",
};
const SIZES: Record<string, string> = { s: "s", small: "s", m: "m", medium: "m", l: "l", large: "l" };

/**
 * Average precision and recall variants: "AP50", "AP@0.5", "AP_50", "AP^box", "box AP", "APbb75",
 * "mask AP_S", "mAP@0.5:0.95" (the family), "mAP@100" (a cutoff), "AR100", "AP3D".
 */
function averagePrecision(lower: string): MetricIdentity | null {
  // "mAP 10, 10cm" (pose thresholds), "AP 50 runs": a whole number after a space is no IoU threshold.
  if (/\bm?ap\s+[1-9]|,/.test(lower)) return null;
  const compact = lower.replace(/[\s\-_()[\]]+/g, "").replace(/iou[=@]?|@iou/g, "@");
  const m = AP_RE.exec(compact);
  if (!m) return null;
  let qual = m[1] ? AP_QUALIFIERS[m[1]]! : null;
  const fam = m[2]!;
  let rest = m[3]!;
  let thr: string | null = null;
  let size: string | null = null;
  let cutoff: string | null = null;
  for (let guard = 0; rest && guard < 4; guard++) {
    let mm: RegExpExecArray | null;
    if (
      (mm = new RegExp(`^\\^?(${AP_QUAL})`).exec(rest)) &&
      !(mm[1]!.length === 1 && !rest.startsWith("^")) &&
      !(SIZES[mm[1]!] && !rest.startsWith("^") && mm[0].length === rest.length)
    ) {
      if (qual && qual !== AP_QUALIFIERS[mm[1]!]) return null;
      qual = AP_QUALIFIERS[mm[1]!]!;
    } else if ((mm = /^\^?([bm])(?=$|\d|@)/.exec(rest)) && rest.startsWith("^")) {
      qual = mm[1] === "b" ? "box" : "mask";
    } else if ((mm = /^@?\.?\[?0?\.(\d+):0?\.9\d*\]?/.exec(rest))) {
      // "@[.5:.95]": the COCO average, i.e. the family itself.
    } else if ((mm = /^\^?@?=?0?\.(\d{1,2})(?!\d)/.exec(rest))) {
      thr = String(Math.round(Number(`0.${mm[1]}`) * 100));
    } else if ((mm = /^@(\d+)(?!\d)/.exec(rest))) {
      const k = Number(mm[1]);
      if ([25, 30, 50, 70, 75, 85, 90, 95].includes(k) && fam !== "ar") thr = String(k);
      else cutoff = mm[1]!;
    } else if ((mm = /^\^?(\d{1,4})(?!\d)/.exec(rest))) {
      const k = Number(mm[1]);
      if (fam !== "ar" && k >= 5 && k <= 95 && k % 5 === 0) thr = String(k);
      else if (fam === "ar" && (k === 50 || k === 75)) thr = String(k);
      else if (fam === "ar" || fam === "map") cutoff = mm[1]!;
      else return null;
    } else if ((mm = /^\^?(small|medium|large|s|m|l)$/.exec(rest))) {
      size = SIZES[mm[1]!]!;
    } else return null;
    rest = rest.slice(mm[0].length);
  }
  if (rest) return null;
  if (cutoff && (thr || size || qual)) return null;
  const base = fromSpec(ROWS.get(fam)!);
  if (cutoff) {
    const f = AT_K_BY_BASE.get(fam)!;
    return variant(f.name(cutoff), f.display(cutoff), base, f.family);
  }
  const core = `${fam}${thr ?? ""}${size ?? ""}`;
  const name = qual ? `${qual} ${core}` : core;
  const display = `${qual ? `${QUAL_DISPLAY[qual] ?? qual} ` : ""}${AP_DISPLAY[fam]}${thr ?? ""}${size ?? ""}`;
  return variant(name, display, base, fam === "ar" ? "ar" : fam);
}

/** "R@10", "Recall@10", "recall at 10", "nDCG@5", "pass@16", "Hits@1", "F1@10%". */
function atK(lower: string, depth: number): MetricIdentity | null {
  const m = /^(.+?)\s*@\s*(\d+(?:\.\d+)?%?|k|n)$/.exec(lower) ?? /^(.+?)\s+at\s+(\d+|k)$/.exec(lower);
  if (!m) return null;
  const base = m[1]!.trim();
  const k = m[2]!;
  // "R10@1": recall at 1 among 10 candidates (response selection), not R² or recall@10.
  const among = /^r(\d+)$/.exec(base);
  if (among) return variant(`r${among[1]}@${k}`, `R${among[1]}@${k}`, fromSpec(ROWS.get("recall")!), "recall");
  const fam = AT_K_BY_BASE.get(metricKey(base));
  if (fam) {
    const facts = ROWS.get(fam.family)
      ? fromSpec(ROWS.get(fam.family)!)
      : (resolveKnown(fam.family, depth + 1) ?? unknown(fam.family));
    return variant(fam.name(k), fam.display(k), facts, fam.family);
  }
  const inner = resolveKnown(base, depth + 1);
  if (inner) return variant(`${inner.name}@${k}`, `${inner.display}@${k}`, inner);
  return null;
}

/** "Top 3 Accuracy", "top-10 acc", "Top-1 Error", "Rank-20", "rank 5 accuracy". */
function topK(lower: string): MetricIdentity | null {
  // "top 2" alone is too loose ("AUC top 2"); "top-2", "top2" or "top 2 accuracy" name the metric.
  let m =
    /^top(?:[-_]?(\d+)|\s(\d+)(?=[\s\-_]*(?:acc|error|err|recall)))(?:[\s\-_]*(acc|acc\.|accuracy|error|err|error rate|recall))?$/.exec(
      lower,
    );
  if (m) {
    const kind = m[3] ?? "accuracy";
    const k = (m[1] ?? m[2])!;
    const fam = AT_K_BY_BASE.get(/^err/.test(kind) ? "error" : kind === "recall" ? "r" : "acc")!;
    return variant(fam.name(k), fam.display(k), fromSpec(ROWS.get(fam.family)!), fam.family);
  }
  m = /^rank[\s\-_]?(\d+)(?:[\s\-_]*(?:accuracy|acc|recognition rate|identification rate))?$/.exec(lower);
  if (m) {
    const fam = AT_K_BY_BASE.get("rank")!;
    return variant(fam.name(m[1]!), fam.display(m[1]!), fromSpec(ROWS.get("rank-k")!), fam.family);
  }
  return null;
}

const cache = new Map<string, MetricIdentity>();

/** Any written metric name or table column header -> its identity (family + variant). */
export function resolveMetric(raw: string): MetricIdentity {
  const hit = cache.get(raw);
  if (hit) return hit;
  const written = tidy(raw);
  const out = resolveKnown(written, 0) ?? unknown(written);
  if (cache.size > 50_000) cache.clear();
  cache.set(raw, out);
  return out;
}

/** Facts of a stored metric name (a resolveMetric output), dynamic variants ("recall@37") included. */
export function metricFacts(name: string): MetricIdentity {
  const row = ROWS.get(name);
  return row ? fromSpec(row) : resolveMetric(name);
}

// Families the text extractor gives to spellings whose identity sits in a neighbouring family
// ("AUPRC" is matched as auc, "box AP" as map, "pass@8" as pass@k).
const RELATED: Record<string, string[]> = {
  auc: ["auprc"],
  map: ["ap"],
  ap: ["map"],
  "pass@1": ["pass@k"],
  "pass@k": ["pass@1"],
  accuracy: ["top-1 accuracy", "top-5 accuracy"],
  "top-1 accuracy": ["accuracy"],
  "top-5 accuracy": ["accuracy"],
  "error rate": [],
  "si-sdr": ["sdr"],
  ssim: [],
};

const WORD = /[^\s,;:()=<>"']+/g;

/**
 * The variant a text claim reports, from its canonical family and evidence: ("recall", "R@10 of 56.2")
 * -> "recall@10"; ("f1", "macro-F1 of 71.2") -> "macro-f1"; ("ap", "AP50 of 61.3") -> "ap50";
 * ("pass@k", "pass@16") -> "pass@16". The family itself when the text names no variant of it.
 */
export function metricVariantFromText(family: string, text: string): string {
  const fam = family.trim().toLowerCase();
  const related = new Set([fam, ...(RELATED[fam] ?? [])]);
  const words = [
    ...tidy(text)
      .replace(/[\u2009\u202f]/g, " ")
      .matchAll(WORD),
  ].map((m) => m[0]!.replace(/^[.]+|[.]+$/g, ""));
  const tail = words.map((w) => w.replace(/[-](?:score|scores|measure)$/i, "")); // "F1-score" -> "F1"
  for (let i = 0; i < words.length; i++) {
    // Longest window first: "macro averaged F1", "recall at 10", "box AP50".
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const span = tail.slice(i, i + n).join(" ");
      if (!/[a-z]/i.test(span)) continue;
      const id = resolveMetric(span);
      if (!id.known) continue;
      // The family itself, written out ("top-5 accuracy"): what follows ("accuracy") is no variant of it.
      if (id.name === fam) return fam;
      if (related.has(id.family) || related.has(id.name)) return id.name;
    }
  }
  return fam;
}

/**
 * Whether a value of a proportion metric is written on 0-1 ("fraction": GenEval 0.96, AUC 0.943) or
 * 0-100 ("percent": 96%, 71.2); null for metrics that are not proportions or a unit that is not one.
 * A value <= 1 without "%" reads as a fraction for higher-is-better scores; error rates (WER 0.9,
 * EER 0.5) are small on 0-100 too, so they keep the registry's scale unless the value passes 1.
 */
export function detectScale(identity: MetricIdentity, value: number, unit: Unit | string | null): MetricScale | null {
  if (identity.scale === null) return null;
  if (unit === "%" || unit === "pp") return "percent";
  if (unit !== null && unit !== undefined) return null;
  if (Math.abs(value) > 1) return "percent";
  if (identity.direction === "higher") return "fraction";
  return identity.scale;
}

/** The value on 0-100 for comparison (GenEval 0.96 -> 96, "96%" -> 96); other values unchanged. */
export function toPercentScale(identity: MetricIdentity, value: number, unit: Unit | string | null): number {
  return detectScale(identity, value, unit) === "fraction" ? Number((value * 100).toPrecision(12)) : value;
}
