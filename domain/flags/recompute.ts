import { and, eq, inArray, or, sql } from "drizzle-orm";
import { benchmarks, flagClaims, flags } from "../../db/schema/index.js";
import { rowsOf } from "../../db/client.js";
import type { DbOrTx } from "../entities.js";
import { benchmarksOfPapers, loadClaimFacts } from "./load.js";
import { evaluateRules, PAPER_RULES } from "./rules.js";
import type { RuleOptions } from "./types.js";

export interface FlagOptions {
  lowConfidence: number;
  defaultTolerance: number;
  tolerances?: Record<string, number>;
}

// Two reports of one system within 2% are reruns or rounding far more often than a real disagreement.
export const DEFAULT_FLAG_OPTIONS: FlagOptions = { lowConfidence: 0.5, defaultTolerance: 0.02 };

export interface RecomputeSummary {
  benchmarks: number;
  papers: number;
  created: number;
  updated: number;
  reopened: number;
  removed: number;
}

function ruleOptions(o: FlagOptions): RuleOptions {
  return { lowConfidence: o.lowConfidence, tolerance: (metric) => o.tolerances?.[metric] ?? o.defaultTolerance };
}

/**
 * Brings the stored flags of some benchmarks and papers in line with their claims: new findings are
 * added, open flags that no longer hold are removed, resolved ones are kept as history and reopened
 * when the claims behind them change.
 */
export async function recomputeFlags(
  db: DbOrTx,
  scope: { benchmarkIds: Iterable<string>; paperIds: Iterable<number> },
  options: FlagOptions = DEFAULT_FLAG_OPTIONS,
  /** The benchmarks of these papers were recomputed already: only the rules about single papers run. */
  how: { paperRulesOnly?: boolean } = {},
): Promise<RecomputeSummary> {
  const paperIds = [...new Set(scope.paperIds)];
  const benchmarkIds = [
    ...new Set([...scope.benchmarkIds, ...(how.paperRulesOnly ? [] : await benchmarksOfPapers(db, paperIds))]),
  ];
  const summary: RecomputeSummary = {
    benchmarks: benchmarkIds.length,
    papers: paperIds.length,
    created: 0,
    updated: 0,
    reopened: 0,
    removed: 0,
  };
  if (benchmarkIds.length === 0 && paperIds.length === 0) return summary;

  const facts = await loadClaimFacts(db, benchmarkIds, paperIds);
  const candidates = evaluateRules(facts, ruleOptions(options), how.paperRulesOnly);

  const scoped = or(
    benchmarkIds.length ? inArray(flags.benchmarkId, benchmarkIds) : sql`false`,
    paperIds.length ? inArray(flags.paperId, paperIds) : sql`false`,
  );
  const inScope = how.paperRulesOnly ? and(scoped, inArray(flags.code, [...PAPER_RULES])) : scoped;
  const existing = await db
    .select({ id: flags.id, scopeKey: flags.scopeKey, status: flags.status })
    .from(flags)
    .where(inScope);
  const existingClaims = existing.length
    ? await db
        .select()
        .from(flagClaims)
        .where(
          inArray(
            flagClaims.flagId,
            existing.map((f) => f.id),
          ),
        )
    : [];
  const claimsOf = new Map<number, number[]>();
  for (const fc of existingClaims) claimsOf.set(fc.flagId, [...(claimsOf.get(fc.flagId) ?? []), fc.claimId]);
  const byKey = new Map(existing.map((f) => [f.scopeKey, f]));
  const wanted = new Set<string>();
  // Benchmarks whose flags change: their leaderboards (badges) must be seen as changed.
  const changedBenchmarks = new Set<string>();

  // New flags (nearly all of them on a first ingest) are written together after the loop: one insert of
  // the flags and one of their claim links instead of two statements per flag.
  const fresh: typeof candidates = [];
  for (const cand of candidates) {
    if (wanted.has(cand.scopeKey)) continue;
    wanted.add(cand.scopeKey);
    const prev = byKey.get(cand.scopeKey);
    if (!prev) {
      if (cand.benchmarkId) changedBenchmarks.add(cand.benchmarkId);
      fresh.push(cand);
      summary.created++;
      continue;
    }
    const before = (claimsOf.get(prev.id) ?? []).sort((a, b) => a - b).join(",");
    const changed = before !== [...cand.claimIds].sort((a, b) => a - b).join(",");
    if (!changed) continue;
    if (cand.benchmarkId) changedBenchmarks.add(cand.benchmarkId);
    const reopen = prev.status !== "open";
    await db
      .update(flags)
      .set({
        severity: cand.severity,
        explanation: cand.explanation,
        updatedAt: sql`now()`,
        ...(reopen ? { status: "open" as const, resolvedAt: null, resolvedBy: null, resolutionNote: null } : {}),
      })
      .where(eq(flags.id, prev.id));
    await db.delete(flagClaims).where(eq(flagClaims.flagId, prev.id));
    summary.updated++;
    if (reopen) summary.reopened++;
    await db
      .insert(flagClaims)
      .values(cand.claimIds.map((claimId) => ({ flagId: prev.id, claimId })))
      .onConflictDoNothing();
  }
  if (fresh.length) {
    const col = <T>(f: (c: (typeof fresh)[number]) => T) => sql.param(fresh.map(f));
    // A flag of the same scope outside this recompute's reach is taken over, as one by one did.
    const ids = rowsOf<{ id: number; scope_key: string }>(
      await db.execute(sql`
        insert into flags (code, severity, scope_key, benchmark_id, paper_id, explanation)
        select * from unnest(${col((c) => c.code)}::text[], ${col((c) => c.severity)}::text[], ${col((c) => c.scopeKey)}::text[],
                             ${col((c) => c.benchmarkId)}::text[], ${col((c) => c.paperId)}::int[], ${col((c) => c.explanation)}::text[])
        on conflict (scope_key) do update set explanation = excluded.explanation, updated_at = now()
        returning id, scope_key`),
    );
    const idOf = new Map(ids.map((r) => [r.scope_key, r.id]));
    const links = fresh.flatMap((c) => c.claimIds.map((claimId) => [idOf.get(c.scopeKey)!, claimId] as const));
    await db.execute(sql`
      insert into flag_claims (flag_id, claim_id)
      select * from unnest(${sql.param(links.map(([f]) => f))}::int[], ${sql.param(links.map(([, c]) => c))}::int[])
      on conflict do nothing`);
  }

  const stale = existing.filter((f) => !wanted.has(f.scopeKey) && f.status === "open").map((f) => f.id);
  if (stale.length) {
    const gone = await db
      .delete(flags)
      .where(and(inArray(flags.id, stale), eq(flags.status, "open")))
      .returning({ benchmarkId: flags.benchmarkId });
    for (const g of gone) if (g.benchmarkId) changedBenchmarks.add(g.benchmarkId);
    summary.removed = stale.length;
  }
  if (changedBenchmarks.size) {
    await db
      .update(benchmarks)
      .set({ updatedAt: sql`now()` })
      .where(inArray(benchmarks.id, [...changedBenchmarks]));
  }
  return summary;
}

// Slices keep the claims a recompute loads at once bounded, whatever the size of the ingest.
const BENCHMARK_SLICE = 300;
const PAPER_SLICE = 2000;

/** recomputeFlags over a large scope, a slice at a time. */
export async function recomputeFlagsInSlices(
  db: DbOrTx,
  scope: { benchmarkIds: Iterable<string>; paperIds: Iterable<number> },
  options: FlagOptions = DEFAULT_FLAG_OPTIONS,
): Promise<void> {
  const benchmarkIds = [...new Set(scope.benchmarkIds)];
  const paperIds = [...new Set(scope.paperIds)];
  for (let i = 0; i < benchmarkIds.length; i += BENCHMARK_SLICE) {
    await recomputeFlags(db, { benchmarkIds: benchmarkIds.slice(i, i + BENCHMARK_SLICE), paperIds: [] }, options);
  }
  for (let i = 0; i < paperIds.length; i += PAPER_SLICE) {
    // Benchmarks were all done above: only the paper-scoped rules (confidence, range, internal) remain.
    await recomputeFlags(db, { benchmarkIds: [], paperIds: paperIds.slice(i, i + PAPER_SLICE) }, options, {
      paperRulesOnly: true,
    });
  }
}
