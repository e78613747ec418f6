import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, direction, queryRows, reviewStatus, timestamp } from "../db/query-rows.js";
import type {
  Benchmark,
  Leaderboard,
  LeaderboardEntry,
  LeaderboardQuery,
  Series,
  SeriesPoint,
  SeriesQuery,
} from "../contracts/benchmarks.js";
import { scopeCondition, type EntryScope } from "./trusted-entries.js";
import { hiddenSystems, rankedEntries, ReportedNumber } from "./ranking/ranked-entries.js";
import { openFlagsOfClaims } from "./flags/queries.js";
import { notFound } from "./errors.js";
import { resolveSubjectId } from "./lookup.js";
import { claimsKnownAt, echoMoment, isPast, publishedBy } from "./board-as-of.js";
import { tierCondition, tierOfClaim } from "./provenance.js";
import { TierSchema, tiersOf } from "../contracts/provenance.js";
import { benchmarkVersionNow } from "./version-reads.js";

export const BenchmarkRow = z.object({
  id: z.string(),
  dataset: z.string(),
  dataset_id: z.number(),
  metric: z.string(),
  metric_display: z.string().nullable(),
  dataset_family: z.string().nullable(),
  setting: z.string(),
  direction,
  direction_known: z.boolean(),
  unit: z.string().nullable(),
  claim_count: count,
  absolute_count: count,
  subject_count: count,
  paper_count: count,
  updated_at: timestamp,
});
type BenchmarkRow = z.output<typeof BenchmarkRow>;

export function toBenchmark(r: BenchmarkRow): Benchmark {
  return {
    id: r.id,
    dataset: r.dataset,
    datasetId: r.dataset_id,
    metric: r.metric,
    metricDisplay: r.metric_display,
    datasetFamily: r.dataset_family,
    setting: r.setting,
    direction: r.direction,
    directionKnown: r.direction_known,
    unit: r.unit,
    claimCount: r.claim_count,
    absoluteCount: r.absolute_count,
    subjectCount: r.subject_count,
    paperCount: r.paper_count,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const benchmarkSelect = sql`
  select b.id, d.name as dataset, d.id as dataset_id, m.name as metric, m.display as metric_display, d.family as dataset_family, b.setting,
         m.direction, m.direction_known, m.unit, b.updated_at,
         count(c.id)::int as claim_count,
         count(c.id) filter (where c.kind = 'absolute')::int as absolute_count,
         count(distinct c.subject_id)::int as subject_count,
         count(distinct c.paper_id)::int as paper_count
  from benchmarks b
  join datasets d on d.id = b.dataset_id
  join metrics m on m.id = b.metric_id
  left join claims c on c.benchmark_id = b.id`;
const benchmarkGroup = sql`group by b.id, d.name, d.id, m.name, m.display, d.family, b.setting, m.direction, m.direction_known, m.unit, b.updated_at`;

export async function getBenchmark(db: Database, id: string): Promise<Benchmark> {
  const [row] = await queryRows(db, sql`${benchmarkSelect} where b.id = ${id} ${benchmarkGroup}`, BenchmarkRow);
  if (!row) throw notFound(`benchmark ${id}`);
  return toBenchmark(row);
}

const EntryRow = ReportedNumber.extend({
  rank: count,
  claim_id: z.number(),
  subject_id: z.number(),
  subject: z.string(),
  model_id: z.number().nullable(),
  model: z.string().nullable(),
  condition: z.string().nullable(),
  evidence: z.string(),
  sentence: z.string(),
  review_status: reviewStatus,
  original_value: z.number().nullable(),
  tier: TierSchema,
});
// An empty board still answers one row, with the count of hidden systems and no entry.
const BoardRow = z.union([EntryRow.extend({ hidden: count }), z.object({ hidden: count, claim_id: z.null() })]);

/**
 * The best absolute claim per system (subject and base model: a method on a 72B model is not the same
 * entry as on a 3B one), ranked in the metric's direction. Ties rank alike; among a system's equal values
 * the earliest paper wins, since it reported the number first. A proportion written as a fraction (0.96)
 * on a board that reports percentages ranks as 96%. Filters: one base model, or one method on every model.
 */
export async function getLeaderboard(db: Database, id: string, filter: LeaderboardQuery = {}): Promise<Leaderboard> {
  const benchmark = await getBenchmark(db, id);
  const scope: EntryScope = filter.entries ?? "trusted";
  const where: SQL[] = [];
  if (filter.model) {
    const modelId = await resolveSubjectId(db, filter.model);
    if (modelId === null) return { benchmark, entries: [], truncated: false, scope, hidden: 0 };
    where.push(sql`c.model_id = ${modelId}`);
  }
  if (filter.method) {
    const methodId = await resolveSubjectId(db, filter.method);
    if (methodId === null) return { benchmark, entries: [], truncated: false, scope, hidden: 0 };
    where.push(sql`c.subject_id = ${methodId}`);
  }
  if (isPast(filter)) where.push(publishedBy(filter));
  if (filter.tier) where.push(tierCondition(tiersOf(filter.tier)));
  const filters = where.length ? sql`and ${sql.join(where, sql` and `)}` : sql``;
  const ranking = rankedEntries({
    claims: claimsKnownAt(id, filter),
    where: sql`c.benchmark_id = ${id} ${filters}`,
    entry: scopeCondition(scope),
    columns: {
      evidence: sql`c.evidence`,
      sentence: sql`c.sentence`,
      review_status: sql`c.review_status`,
      condition: sql`c.condition`,
      original_value: sql`case when c.review_status = 'corrected' then (c.original->>'value')::float8 end`,
      tier: tierOfClaim(),
    },
  });
  // One row even for an empty board, so that the count of hidden systems always comes back.
  const answer = await queryRows(
    db,
    sql`
      with ${ranking}, ${scope === "all" ? sql`hidden as (select 0 as n)` : hiddenSystems}
      select hidden.n as hidden, e.* from hidden left join lateral (
        select ranked.*, s.name as subject, ms.name as model
        from ranked join subjects s on s.id = ranked.subject_id left join subjects ms on ms.id = ranked.model_id
        order by ranked.score asc, s.name asc
        limit ${LEADERBOARD_LIMIT + 1}
      ) e on true
      order by e.score asc, e.subject asc`,
    BoardRow,
  );
  const hidden = answer[0]?.hidden ?? 0;
  const rows = answer.filter((r) => r.claim_id !== null);
  const truncated = rows.length > LEADERBOARD_LIMIT;
  rows.length = Math.min(rows.length, LEADERBOARD_LIMIT);
  const flagsByClaim = await openFlagsOfClaims(
    db,
    rows.map((r) => r.claim_id),
  );
  const entries: LeaderboardEntry[] = rows.map((r) => ({
    rank: r.rank,
    subject: r.subject,
    subjectId: r.subject_id,
    model: r.model,
    modelId: r.model_id,
    condition: r.condition,
    value: r.value,
    valueText: r.value_text,
    unit: r.unit,
    qualifier: r.qualifier,
    claimId: r.claim_id,
    evidence: r.evidence,
    sentence: r.sentence,
    paper: { id: r.paper_id, title: r.paper_title, date: r.paper_date },
    reviewStatus: r.review_status,
    originalValue: r.original_value,
    tier: r.tier,
    flags: flagsByClaim.get(r.claim_id) ?? [],
  }));
  return {
    benchmark,
    entries,
    truncated,
    scope,
    hidden,
    ...echoMoment(filter),
  };
}

const LEADERBOARD_LIMIT = 500;

/**
 * The benchmark's data version: bumped with every change to its claims or flags. Null when there is
 * no such benchmark. One primary-key lookup, shared with the reads of the moment, so conditional requests and caches stay cheap.
 */
export async function benchmarkVersion(db: Database, id: string): Promise<string | null> {
  return (await benchmarkVersionNow(db, id))?.version ?? null;
}

const SERIES_LIMIT = 5000;

const PointRow = ReportedNumber.extend({
  claim_id: z.number(),
  subject: z.string().nullable(),
  subject_id: z.number().nullable(),
  evidence: z.string(),
  sentence: z.string(),
});

/** Every live absolute claim of a benchmark, oldest paper first: what a best-over-time chart draws. */
export async function getSeries(db: Database, id: string, query: SeriesQuery = {}): Promise<Series> {
  const benchmark = await getBenchmark(db, id);
  const scope: EntryScope = query.entries ?? "trusted";
  const rows = await queryRows(
    db,
    sql`
      select c.id as claim_id, s.name as subject, c.subject_id, c.value, c.value_text, c.unit, c.qualifier, c.evidence, c.sentence,
             p.id as paper_id, p.title as paper_title, p.date::text as paper_date
      from ${claimsKnownAt(id, query)} c join papers p on p.id = c.paper_id left join subjects s on s.id = c.subject_id
      where c.benchmark_id = ${id} and c.kind = 'absolute' and c.review_status is distinct from 'rejected' and ${scopeCondition(scope)} and ${publishedBy(query)}
      order by p.date asc nulls last, c.id asc
      limit ${SERIES_LIMIT + 1}`,
    PointRow,
  );
  const truncated = rows.length > SERIES_LIMIT;
  const points: SeriesPoint[] = rows.slice(0, SERIES_LIMIT).map((r) => ({
    claimId: r.claim_id,
    subject: r.subject,
    subjectId: r.subject_id,
    value: r.value,
    valueText: r.value_text,
    unit: r.unit,
    qualifier: r.qualifier,
    evidence: r.evidence,
    sentence: r.sentence,
    paper: { id: r.paper_id, title: r.paper_title, date: r.paper_date },
  }));
  return { benchmark, points, truncated, ...echoMoment(query) };
}
