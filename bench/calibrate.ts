/**
 * Fits the extractor's confidence model on the annotated gold sets and writes it to
 * extractors/claims/calibration.json (data shipped with the code; product code never reads gold files).
 *
 *   npm run calibrate                 # fit on ../shared/claims-gold/dev.jsonl + dev2.jsonl, write the model
 *   npm run calibrate -- --check      # print the reliability tables of the shipped model, write nothing
 *
 * A claim counts as right when it matches a gold claim the way claims-gold/score.mjs matches them: a
 * leaderboard entry (absolute, with a dataset) on number + metric + dataset + subject, any other claim on
 * number + metric. Logistic regression over ConfidenceSignals; the reliability tables and the entry
 * threshold (the lowest confidence at which entries are >= 90% right) come from 5-fold cross-validation
 * split by paper, so they are figures on papers the model did not see.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { extractScoredClaims } from "../extractors/claims/index.js";
import {
  featureVector,
  isEntrySignals,
  scoreOf,
  SIGNALS,
  type Calibration,
  type Logistic,
} from "../extractors/claims/confidence.js";
import type { Claim } from "../extractors/types.js";

const GOLD = ["../shared/claims-gold/dev.jsonl", "../shared/claims-gold/dev2.jsonl"];
const OUT = "extractors/claims/calibration.json";
const FOLDS = 5;
const TARGET_PRECISION = 0.9;

interface GoldClaim {
  value: number;
  unit: string | null;
  metric: string;
  kind: string;
  dataset: string | null;
  subject: string | null;
}
interface Paper {
  title: string;
  abstract: string;
  claims: GoldClaim[];
}
interface Example {
  x: number[];
  y: 0 | 1;
  entry: boolean;
  fold: number;
  set: string;
  shipped: number;
}

// --- the scorer's matching (claims-gold/score.mjs) ---------------------------------------------
const norm = (s: unknown) =>
  s == null
    ? null
    : String(s)
        .toLowerCase()
        .replace(/[\s_-]+/g, " ")
        .trim() || null;
const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
function sameNumber(p: Claim, g: GoldClaim): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  const s = g.unit ? SCALE[g.unit] : undefined;
  return close(p.value, g.value) || (s !== undefined && close(p.value, g.value * s));
}
function sameName(a: unknown, b: unknown): boolean {
  const x = norm(a),
    y = norm(b);
  if (x === null || y === null) return x === y;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const tx = new Set(x.split(/[^a-z0-9.+]+/).filter(Boolean));
  const ty = new Set(y.split(/[^a-z0-9.+]+/).filter(Boolean));
  const shared = [...tx].filter((t) => ty.has(t)).length;
  return shared > 0 && shared >= 0.5 * Math.min(tx.size, ty.size);
}
const isEntry = (c: { kind: string; dataset: string | null }) =>
  norm(c.kind) === "absolute" && norm(c.dataset) !== null;

/** For each predicted claim, whether it matches a gold claim (one-to-one, gold order, as the scorer does). */
function labels(gold: GoldClaim[], pred: Claim[]): boolean[] {
  const right = pred.map(() => false);
  const used = new Set<number>();
  for (const g of gold.filter(isEntry)) {
    const j = pred.findIndex(
      (p, k) =>
        !used.has(k) &&
        isEntry(p) &&
        sameNumber(p, g) &&
        norm(p.metric) === norm(g.metric) &&
        sameName(g.dataset, p.dataset) &&
        sameName(g.subject, p.subject),
    );
    if (j >= 0) {
      right[j] = true;
      used.add(j);
    }
  }
  const usedClaims = new Set<number>();
  for (const g of gold) {
    const j = pred.findIndex(
      (p, k) => !usedClaims.has(k) && !isEntry(p) && sameNumber(p, g) && norm(p.metric) === norm(g.metric),
    );
    if (j >= 0) {
      right[j] = true;
      usedClaims.add(j);
    }
  }
  return right;
}

// --- data --------------------------------------------------------------------------------------
const missing = GOLD.filter((f) => !existsSync(f));
if (missing.length) {
  console.log(`skipped: ${missing.join(", ")} not found (the gold sets live in ../shared, outside the project)`);
  process.exit(0);
}
const hash = (s: string) => [...s].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
const examples: Example[] = [];
const goldEntries: Record<string, number> = {};
for (const file of GOLD) {
  const set = file.replace(/.*\//, "").replace(".jsonl", "");
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const paper = JSON.parse(line) as Paper;
    goldEntries[set] = (goldEntries[set] ?? 0) + paper.claims.filter(isEntry).length;
    const { claims, signals } = extractScoredClaims(paper);
    const right = labels(paper.claims, claims);
    claims.forEach((c, i) => {
      if (isEntry(c) !== isEntrySignals(signals[i]!))
        throw new Error(`entry signals disagree with the claim: ${JSON.stringify(c)}`);
      examples.push({
        x: featureVector(signals[i]!),
        y: right[i] ? 1 : 0,
        entry: isEntry(c),
        fold: hash(paper.title) % FOLDS,
        set,
        shipped: c.confidence,
      });
    });
  }
}

// --- logistic regression (L2, full-batch gradient descent: 14 features, ~1,000 rows) -------------
function fit(rows: Example[]): Logistic {
  const n = SIGNALS.length;
  const w = new Array<number>(n).fill(0);
  let b = 0;
  const lambda = 0.03,
    rate = 0.5;
  for (let it = 0; it < 3000; it++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    for (const r of rows) {
      const err = scoreOf(r.x, { weights: w, bias: b }) - r.y;
      for (let k = 0; k < n; k++) gw[k]! += err * r.x[k]!;
      gb += err;
    }
    for (let k = 0; k < n; k++) w[k]! -= rate * (gw[k]! / rows.length + lambda * w[k]!);
    b -= rate * (gb / rows.length);
  }
  return { weights: w.map((v) => Math.round(v * 1000) / 1000), bias: Math.round(b * 1000) / 1000 };
}

const round2 = (p: number) => Math.round(Math.max(0.01, Math.min(0.99, p)) * 100) / 100;
function table(title: string, conf: number[], rows: Example[]) {
  console.log(`\n${title}`);
  console.log("  conf >=   claims  right   entries  right  entry P  entry R (of gold)");
  const totalGold = [...new Set(rows.map((r) => r.set))].reduce((n, set) => n + (goldEntries[set] ?? 0), 0);
  for (const t of [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const sel = rows.map((r, i) => [r, conf[i]!] as const).filter(([, c]) => c >= t);
    const ent = sel.filter(([r]) => r.entry);
    const right = sel.filter(([r]) => r.y).length;
    const entRight = ent.filter(([r]) => r.y).length;
    console.log(
      `  ${t.toFixed(2).padStart(6)}  ${String(sel.length).padStart(7)}  ${(sel.length ? right / sel.length : 0).toFixed(3)}  ${String(ent.length).padStart(8)}  ${String(entRight).padStart(5)}  ${(ent.length ? entRight / ent.length : 0).toFixed(3).padStart(7)}  ${(entRight / totalGold).toFixed(3).padStart(8)}`,
    );
  }
}

/** Lowest threshold at which entries are >= TARGET_PRECISION right, with at least 10 entries kept. */
function entryThreshold(conf: number[], rows: Example[]): { t: number; precision: number; kept: number } {
  for (let t100 = 30; t100 <= 99; t100++) {
    const t = t100 / 100;
    const ent = rows.filter((r, i) => r.entry && conf[i]! >= t);
    if (ent.length < 10) break;
    const p = ent.filter((r) => r.y).length / ent.length;
    if (p >= TARGET_PRECISION) return { t, precision: p, kept: ent.length };
  }
  return { t: 0.99, precision: NaN, kept: 0 };
}

console.log(
  `${examples.length} extracted claims (${examples.filter((e) => e.entry).length} leaderboard entries) on ${GOLD.join(" + ")}`,
);
table(
  "shipped model, as is (fitted on these sets: optimistic)",
  examples.map((e) => e.shipped),
  examples,
);
if (process.argv.includes("--check")) process.exit(0);

/** An entry model and a claim model, each fitted on its own rows. */
const fitBoth = (rows: Example[]) => ({
  entry: fit(rows.filter((e) => e.entry)),
  claim: fit(rows.filter((e) => !e.entry)),
});
const cv = new Array<number>(examples.length).fill(0);
for (let f = 0; f < FOLDS; f++) {
  const m = fitBoth(examples.filter((e) => e.fold !== f));
  examples.forEach((e, i) => {
    if (e.fold === f) cv[i] = round2(scoreOf(e.x, e.entry ? m.entry : m.claim));
  });
}
table(`${FOLDS}-fold cross-validated confidence (papers split by title)`, cv, examples);
for (const set of new Set(examples.map((e) => e.set))) {
  const idx = examples.map((e, i) => [e, i] as const).filter(([e]) => e.set === set);
  table(
    `  ... ${set} only`,
    idx.map(([, i]) => cv[i]!),
    idx.map(([e]) => e),
  );
}
const th = entryThreshold(cv, examples);
const model = fitBoth(examples);
const out: Calibration = { features: [...SIGNALS], entry: model.entry, claim: model.claim, entryThreshold: th.t };
writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  th.kept > 0
    ? `\nentry threshold ${th.t} (cross-validated entry precision ${th.precision.toFixed(3)} on ${th.kept} entries)`
    : `\nentry threshold ${th.t}: no threshold keeps 10 or more entries at ${TARGET_PRECISION * 100}% cross-validated precision, so text entries need a second paper, a table or a review to be trusted`,
);
for (const kind of ["entry", "claim"] as const)
  console.log(
    `${kind} weights: ${SIGNALS.map((k, i) => `${k}=${model[kind].weights[i]}`).join(" ")} bias=${model[kind].bias}`,
  );
console.log(`wrote ${OUT}`);
