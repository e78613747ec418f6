import { nameKey } from "../../extractors/identity/name-key.js";
import {
  agree,
  agreeAsWritten,
  baseValue,
  better,
  comparableUnits,
  decimals,
  formatValue,
  scaleFactor,
} from "./compare.js";
import type { ClaimFact, FlagCandidate, RuleOptions } from "./types.js";
import { groupBy } from "./group-by.js";
import { outlierFlags } from "./outliers.js";
import { boardBefore, rankValueOn } from "./board-before.js";

const SOTA_WORDS = /\b(state[- ]of[- ]the[- ]art|sota|outperform\w*|surpass\w*|new records?|best[- ]performing)\b/i;
const POINT_QUALIFIERS = new Set(["exact", "approx"]);

const fileOf = (c: ClaimFact) => (c.sourceRef ?? "").split("#")[0] ?? "";
const describe = (c: ClaimFact) =>
  `${formatValue(c.value, c.unit)} in "${c.paperTitle}"${c.paperDate ? ` (${c.paperDate})` : ""}`;

/** Where a claim came from: a paper's abstract, or one source of tables (a file, a model card). */
const sourceOf = (c: ClaimFact) =>
  c.sourceKind === "table" ? `table:${c.sourceId ?? fileOf(c)}` : `${c.sourceKind}:${fileOf(c)}`;

// A spread ("AUC Stdev", "std", "variance") says how much runs vary, not how good a system is.
const SPREAD = /\b(?:std|stdev|std\.? dev|standard deviation|variance|var|sem|standard error|confidence interval)\b/i;

/**
 * Whether the claim is its paper's own new method: the title names it ("SimplE Embedding for …") or
 * spells it out ("… with Pyramid Attention Network" for PAN).
 */
export function ownMethod(c: ClaimFact): boolean {
  if (!c.subjectName) return false;
  const name = nameKey(c.subjectName);
  const title = nameKey(c.paperTitle);
  if (!name || !title) return false;
  if (` ${title} `.includes(` ${name} `)) return true;
  const letters = c.subjectName.replace(/[^\p{L}]/gu, "").toLowerCase();
  if (letters.length < 2) return false;
  const initials = c.paperTitle
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toLowerCase())
    .join("");
  return initials.includes(letters);
}

/**
 * CONFLICT, SCALE_MISMATCH and DUPLICATE: the same system (subject and base model) on the same benchmark
 * (dataset variant, metric variant and setting) reported more than once. Numbers of one paper from one
 * source are that paper's own business (a table listing two configurations under one name, see INTERNAL);
 * one paper from two sources is a DUPLICATE; two papers are a CONFLICT, unless a ×100/×1000 explains it.
 * A generic name ("LSTM", "ResNet-50") is not one system across papers, and two papers that each name their
 * own new method alike ("PAN") report two methods: neither makes a CONFLICT. Their disagreement is still a
 * NAME_CLASH (low severity): the board shows them as one entry, which a reviewer should tell apart or
 * confirm.
 */
function comparisonFlags(claims: ClaimFact[], opts: RuleOptions): FlagCandidate[] {
  const candidates = claims.filter(
    (c) =>
      c.kind === "absolute" &&
      POINT_QUALIFIERS.has(c.qualifier) &&
      c.subjectId !== null &&
      c.benchmarkId !== null &&
      !SPREAD.test(`${c.metric} ${c.setting}`),
  );
  const groups = groupBy(candidates, (c) => `${c.benchmarkId}|${c.setting}|${c.subjectId}|${c.modelId ?? ""}`);
  const out: FlagCandidate[] = [];
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const found = {
      CONFLICT: new Set<ClaimFact>(),
      SCALE_MISMATCH: new Set<ClaimFact>(),
      DUPLICATE: new Set<ClaimFact>(),
      NAME_CLASH: new Set<ClaimFact>(),
    };
    let clashWhy: "generic" | "own" | null = null;
    const tol = opts.tolerance(group[0]!.metric);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const samePaper = a.paperId === b.paperId;
        if ((samePaper && sourceOf(a) === sourceOf(b)) || !comparableUnits(a.unit, b.unit)) continue;
        // Two papers that each name their own new method alike ("PAN": Pyramid Attention Network, Pixel
        // Aggregation Network) report two methods, not one method twice.
        const clash = samePaper
          ? null
          : a.subjectGeneric || b.subjectGeneric
            ? "generic"
            : ownMethod(a) && ownMethod(b)
              ? "own"
              : null;
        const va = baseValue(a.value, a.unit);
        const vb = baseValue(b.value, b.unit);
        if (agreeAsWritten(a, b, va, vb, tol)) {
          // Same number written two ways (1.2M and 1200000) is a scale slip worth a look, not a conflict.
          if (clash === null && a.unit !== b.unit && !agree(a.value, b.value, tol)) found.SCALE_MISMATCH.add(a).add(b);
          continue;
        }
        if (scaleFactor(va, vb, tol) !== null) {
          if (clash === null) found.SCALE_MISMATCH.add(a).add(b);
        } else if (clash !== null) {
          found.NAME_CLASH.add(a).add(b);
          clashWhy ??= clash;
        } else if (samePaper) found.DUPLICATE.add(a).add(b);
        else found.CONFLICT.add(a).add(b);
      }
    }
    const first = group[0]!;
    const where = `${first.subjectName} on ${first.datasetName}, ${first.metric}${first.setting ? ` (${first.setting})` : ""}`;
    for (const [code, set] of Object.entries(found) as [keyof typeof found, Set<ClaimFact>][]) {
      if (set.size === 0) continue;
      const list = [...set].sort((x, y) => x.id - y.id);
      const values = list.map(describe).join("; ");
      const explanation =
        code === "CONFLICT"
          ? `${where} is reported with different values: ${values}. They differ by more than ${Math.round(tol * 1000) / 10}%.`
          : code === "SCALE_MISMATCH"
            ? `${where}: values agree only after scaling by 100, 1000 or a unit suffix (a fraction against a percentage?): ${values}.`
            : code === "NAME_CLASH"
              ? `${where}: papers report different values under one name: ${values}. ${
                  clashWhy === "own"
                    ? `Each paper introduces its own method called "${first.subjectName}", so these are probably two methods.`
                    : `"${first.subjectName}" is a generic name that different papers use for differently trained systems, so this is not flagged as a conflict.`
                } The board shows them as one entry: if they are different systems, correct one claim's system name to tell them apart; if they are one system, they disagree.`
              : `${where}: the same paper, ingested from two sources, reports different values: ${list.map((c) => `${formatValue(c.value, c.unit)} from ${c.sourceKind === "text" ? "its abstract" : fileOf(c) || "unknown source"}`).join("; ")}.`;
      out.push({
        code,
        severity: code === "CONFLICT" ? "high" : code === "NAME_CLASH" ? "low" : "medium",
        scopeKey: `${code}:${key}`,
        benchmarkId: first.benchmarkId,
        paperId: code === "DUPLICATE" ? first.paperId : null,
        explanation,
        claimIds: list.map((c) => c.id),
      });
    }
  }
  return out;
}

/** OUT_OF_RANGE: a value the metric cannot take (accuracy over 100%, negative FID, perplexity under 1, a factor ≤ 0). */
function rangeFlags(claims: ClaimFact[]): FlagCandidate[] {
  const out: FlagCandidate[] = [];
  for (const c of claims) {
    let reason: string | null = null;
    if (c.kind === "ratio" && c.value <= 0) reason = `a factor must be positive, not ${formatValue(c.value, c.unit)}`;
    else if (
      c.kind === "absolute" &&
      (c.unit === c.metricUnit || c.unit === null || (c.unit === "%" && c.metricUnit === null))
    ) {
      // A plain 0.87 for a percentage metric is a fraction: check it as 87%.
      const v = c.metricUnit === "%" && c.unit === null && Math.abs(c.value) <= 1 ? c.value * 100 : c.value;
      if (c.min !== null && v < c.min) reason = `${c.metric} cannot be below ${formatValue(c.min, c.metricUnit)}`;
      else if (c.max !== null && v > c.max) reason = `${c.metric} cannot exceed ${formatValue(c.max, c.metricUnit)}`;
    }
    if (reason) {
      out.push({
        code: "OUT_OF_RANGE",
        severity: "high",
        scopeKey: `OUT_OF_RANGE:claim:${c.id}`,
        benchmarkId: c.benchmarkId,
        paperId: c.paperId,
        explanation: `${formatValue(c.value, c.unit)} ${c.metric} in "${c.paperTitle}" is impossible: ${reason}.`,
        claimIds: [c.id],
      });
    }
  }
  return out;
}

/**
 * SOTA_CONTRADICTED: "state of the art" where the board of the same dataset variant, metric variant and
 * setting already had a better entry from a paper dated before this one. The board is the one a reader saw
 * then (boardBefore): the best claim per named system, ranked as the leaderboard ranks (a fraction on a
 * percentage board as a percentage), without the claims an open flag holds off it (`held`).
 */
function sotaFlags(claims: ClaimFact[], opts: RuleOptions, held: ReadonlySet<number> = new Set()): FlagCandidate[] {
  const out: FlagCandidate[] = [];
  const byBenchmark = groupBy(
    claims.filter((c) => c.kind === "absolute" && c.benchmarkId !== null && POINT_QUALIFIERS.has(c.qualifier)),
    (c) => c.benchmarkId,
  );
  for (const group of byBenchmark.values()) {
    for (const c of group) {
      if (!c.paperDate || !SOTA_WORDS.test(c.sentence)) continue;
      const tol = opts.tolerance(c.metric);
      const vc = rankValueOn(group, c);
      const best = boardBefore(group, c.paperDate, held).find(
        (e) => e.claim.paperId !== c.paperId && comparableUnits(e.claim.unit, c.unit),
      );
      if (!best || !better(best.rankValue, vc, c.direction) || agree(best.rankValue, vc, tol)) continue;
      out.push({
        code: "SOTA_CONTRADICTED",
        severity: "medium",
        scopeKey: `SOTA_CONTRADICTED:claim:${c.id}`,
        benchmarkId: c.benchmarkId,
        paperId: c.paperId,
        explanation: `"${c.paperTitle}" (${c.paperDate}) claims the best ${c.metric}${c.setting ? ` (${c.setting})` : ""} on ${c.datasetName} with ${formatValue(c.value, c.unit)}, but ${best.claim.subjectName ?? "an earlier model"} reported ${describe(best.claim)} on the same board before it, ${c.direction === "higher" ? "higher" : "lower"} (${c.direction} is better).`,
        claimIds: [c.id, best.claim.id],
      });
    }
  }
  return out;
}

/** INTERNAL: inside one paper, an "average" above an "up to" for the same subject, metric and setting. */
function internalFlags(claims: ClaimFact[], opts: RuleOptions): FlagCandidate[] {
  const out: FlagCandidate[] = [];
  const groups = groupBy(
    claims,
    (c) =>
      `${c.paperId}|${c.subjectId ?? ""}|${c.metric}|${c.kind}|${c.datasetName ?? ""}|${c.setting}|${c.unit ?? ""}`,
  );
  for (const [key, group] of groups) {
    const averages = group.filter((c) => c.qualifier === "average");
    const maxima = group.filter((c) => c.qualifier === "up_to");
    const bad = averages.flatMap((a) =>
      maxima
        .filter((u) => a.value > u.value && !agree(a.value, u.value, opts.tolerance(a.metric)))
        .map((u) => [a, u] as const),
    );
    if (bad.length === 0) continue;
    const [a, u] = bad[0]!;
    out.push({
      code: "INTERNAL",
      severity: "medium",
      scopeKey: `INTERNAL:${key}`,
      benchmarkId: a.benchmarkId,
      paperId: a.paperId,
      explanation: `"${a.paperTitle}" reports an average ${a.metric} of ${formatValue(a.value, a.unit)} but at most ${formatValue(u.value, u.unit)} for the same setting: an average cannot exceed the maximum.`,
      claimIds: [...new Set(bad.flatMap(([x, y]) => [x.id, y.id]))].sort((x, y) => x - y),
    });
  }
  return out;
}

/** LOW_CONFIDENCE: the extractor was unsure; a person should look unless one already accepted it. */
function confidenceFlags(claims: ClaimFact[], opts: RuleOptions): FlagCandidate[] {
  return claims
    .filter((c) => c.sourceKind === "text" && c.confidence < opts.lowConfidence && c.reviewStatus !== "accepted")
    .map((c) => ({
      code: "LOW_CONFIDENCE" as const,
      severity: "low" as const,
      scopeKey: `LOW_CONFIDENCE:claim:${c.id}`,
      benchmarkId: c.benchmarkId,
      paperId: c.paperId,
      explanation: `The extractor is only ${Math.round(c.confidence * 100)}% sure that ${formatValue(c.value, c.unit)} is a ${c.metric} result in "${c.paperTitle}".`,
      claimIds: [c.id],
    }));
}

// A score that is a share of test items: accuracy-like metrics, written as a percentage.
const SHARE_METRICS =
  /^(accuracy|top-1 accuracy|pass@1|exact match|success rate|score|solve rate|resolved rate|resolve rate)$/;
// Averages over samples, seeds or runs are not k/n of the test items.
const AVERAGED = /\b(avg|average|averaged|mean|samples?|seeds?|runs|trials|pass@(?!1\b)\d+|maj@|cons@|@\d+)\b/i;

/** The counts k of n items whose k/n, printed with `places` decimals, is `percent`. */
function feasibleCounts(percent: number, n: number, places: number): number[] {
  const half = 0.5 * 10 ** -places + 1e-9;
  const out: number[] = [];
  for (
    let k = Math.max(0, Math.floor(((percent - half) * n) / 100));
    k <= Math.min(n, Math.ceil(((percent + half) * n) / 100));
    k++
  ) {
    if (Math.abs((100 * k) / n - percent) <= half) out.push(k);
  }
  return out;
}

/**
 * INFEASIBLE: on a test set of known size n, a single-run score must be k/n. 76.0% on AIME's 30 problems
 * cannot be (22/30 = 73.3%, 23/30 = 76.7%). Scores averaged over samples or runs are left alone.
 */
function feasibilityFlags(claims: ClaimFact[]): FlagCandidate[] {
  const out: FlagCandidate[] = [];
  for (const c of claims) {
    const n = c.testSize;
    if (!n || c.kind !== "absolute" || c.qualifier !== "exact" || c.unit !== "%" || !SHARE_METRICS.test(c.metric))
      continue;
    if (c.value < 0 || c.value > 100 || AVERAGED.test(`${c.setting} ${c.condition ?? ""} ${c.sentence}`)) continue;
    const places = decimals(c);
    // Integers on a set of over 100 items are rounded too coarsely to tell anything.
    if (places === 0 && n > 100) continue;
    if (feasibleCounts(c.value, n, places).length > 0) continue;
    const below = Math.floor((c.value * n) / 100);
    const near = [below, below + 1]
      .filter((k) => k >= 0 && k <= n)
      .map((k) => `${k}/${n} = ${((100 * k) / n).toFixed(Math.max(1, places))}%`);
    out.push({
      code: "INFEASIBLE",
      severity: "low",
      scopeKey: `INFEASIBLE:claim:${c.id}`,
      benchmarkId: c.benchmarkId,
      paperId: c.paperId,
      explanation: `${formatValue(c.value, c.unit)} on ${c.datasetName} in "${c.paperTitle}" cannot be a share of its ${n} test items: the nearest possible scores are ${near.join(" and ")}. If it is an average over several samples or runs, the setting should say so; otherwise the number or the dataset variant is wrong.`,
      claimIds: [c.id],
    });
  }
  return out;
}

/** Rules that look at one paper's claims only; the others compare claims across a benchmark. */
export const PAPER_RULES = ["OUT_OF_RANGE", "INTERNAL", "LOW_CONFIDENCE", "INFEASIBLE"] as const;

/**
 * Every rule over a set of claims; rejected claims are not claims and take part in none. With
 * `paperRulesOnly`, the claims may be a slice of a benchmark, so cross-paper comparisons are skipped.
 */
export function evaluateRules(claims: ClaimFact[], opts: RuleOptions, paperRulesOnly = false): FlagCandidate[] {
  const live = claims.filter((c) => c.reviewStatus !== "rejected");
  const outliers = paperRulesOnly ? [] : outlierFlags(live);
  const range = rangeFlags(live);
  const infeasible = feasibilityFlags(live);
  return [
    ...(paperRulesOnly ? [] : comparisonFlags(live, opts)),
    ...outliers,
    ...range,
    ...(paperRulesOnly ? [] : sotaFlags(live, opts, heldOffBoards(live, [...outliers, ...range, ...infeasible]))),
    ...internalFlags(live, opts),
    ...confidenceFlags(live, opts),
    ...infeasible,
  ];
}

/** Claims the blocking flags keep off a default board (a reviewer's accept or correction lifts them). */
function heldOffBoards(claims: ClaimFact[], blocking: FlagCandidate[]): Set<number> {
  const reviewed = new Set(
    claims.filter((c) => c.reviewStatus === "accepted" || c.reviewStatus === "corrected").map((c) => c.id),
  );
  return new Set(blocking.flatMap((f) => f.claimIds).filter((id) => !reviewed.has(id)));
}
