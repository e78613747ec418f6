import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, queryRows } from "../db/query-rows.js";
import { benchmarks, claims, datasets, metrics, papers, subjectAliases, subjects } from "../db/schema/index.js";
import type {
  BenchmarkRef,
  BestClaim,
  Compare,
  CompareQuery,
  CompareRow,
  PairedSubject,
  SubjectBenchmarkGroup,
  SubjectClaim,
  SubjectDetail,
  SubjectList,
  SubjectQuery,
  SubjectSummary,
} from "../contracts/subjects.js";
import { selectClaims, toClaimOut } from "./claims.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { DomainError, notFound } from "./errors.js";
import { openFlagsOfClaims } from "./flags/queries.js";
import { escapeLike } from "./papers.js";
import { rankedEntries, ReportedNumber } from "./ranking/ranked-entries.js";
import { trustedClaim } from "./trusted-entries.js";

const SummaryRow = z.object({
  id: z.number(),
  name: z.string(),
  claim_count: count,
  benchmark_count: count,
  paper_count: count,
});

const toSummary = (r: z.output<typeof SummaryRow>): SubjectSummary => ({
  id: r.id,
  name: r.name,
  claimCount: r.claim_count,
  benchmarkCount: r.benchmark_count,
  paperCount: r.paper_count,
});

const summarySelect = sql`
  select s.id, s.name,
         count(c.id)::int as claim_count,
         count(distinct c.benchmark_id)::int as benchmark_count,
         count(distinct c.paper_id)::int as paper_count
  from subjects s left join claims c on c.subject_id = s.id`;

const idList = (ids: readonly number[]) =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** Subjects (models, methods) with at least one claim, most claims first; `q` matches the name or any spelling seen. */
export async function listSubjects(db: Database, q: SubjectQuery): Promise<SubjectList> {
  const after = decodeCursor(q.cursor, z.tuple([z.number().int(), z.number().int()]));
  const where: SQL[] = [sql`true`];
  if (q.q?.trim()) {
    const like = `%${escapeLike(q.q.trim())}%`;
    where.push(
      sql`(s.name ilike ${like} or exists (select 1 from subject_aliases a where a.subject_id = s.id and a.alias ilike ${like}))`,
    );
  }
  const having = after
    ? sql`having count(c.id) > 0 and (count(c.id) < ${after[0]} or (count(c.id) = ${after[0]} and s.id > ${after[1]}))`
    : sql`having count(c.id) > 0`;
  const rows = await queryRows(
    db,
    sql`${summarySelect} where ${sql.join(where, sql` and `)} group by s.id, s.name ${having}
      order by count(c.id) desc, s.id asc limit ${q.limit + 1}`,
    SummaryRow,
  );
  const page = rows.slice(0, q.limit).map(toSummary);
  const last = page.at(-1);
  return { items: page, nextCursor: rows.length > q.limit && last ? encodeCursor([last.claimCount, last.id]) : null };
}

async function summariesOf(db: Database, ids: readonly number[]): Promise<Map<number, SubjectSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows(
    db,
    sql`${summarySelect} where s.id in (${idList(ids)}) group by s.id, s.name`,
    SummaryRow,
  );
  return new Map(rows.map((r) => [r.id, toSummary(r)]));
}

async function benchmarkRefs(db: Database, ids: readonly string[]): Promise<Map<string, BenchmarkRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: benchmarks.id,
      dataset: datasets.name,
      metric: metrics.name,
      direction: metrics.direction,
      directionKnown: metrics.directionKnown,
      unit: metrics.unit,
    })
    .from(benchmarks)
    .innerJoin(datasets, eq(datasets.id, benchmarks.datasetId))
    .innerJoin(metrics, eq(metrics.id, benchmarks.metricId))
    .where(inArray(benchmarks.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

const BestRow = ReportedNumber.extend({
  benchmark_id: z.string(),
  subject_id: z.number(),
  claim_id: z.number(),
  rank: count,
  entrants: count,
});

/**
 * The best live absolute claim of each of `subjectIds` on every benchmark they have claims on, with its
 * rank on the default (trusted) leaderboard (ranked as getLeaderboard ranks); none when it has no trusted
 * entry there. A subject run on several models shows its best-ranked entry. Keyed "benchmarkId|subjectId".
 */
async function bestClaims(db: Database, subjectIds: readonly number[]): Promise<Map<string, BestClaim>> {
  const out = new Map<string, BestClaim>();
  if (subjectIds.length === 0) return out;
  const rows = await queryRows(
    db,
    sql`
      with mine as (
        select distinct benchmark_id from claims
        where subject_id in (${idList(subjectIds)}) and benchmark_id is not null and kind = 'absolute'
      ), ${rankedEntries({
        claims: sql`claims`,
        where: sql`c.benchmark_id in (select benchmark_id from mine)`,
        entry: trustedClaim(),
      })}
      select distinct on (benchmark_id, subject_id) * from ranked
      where subject_id in (${idList(subjectIds)})
      order by benchmark_id, subject_id, rank asc, claim_id asc`,
    BestRow,
  );
  for (const r of rows) {
    out.set(`${r.benchmark_id}|${r.subject_id}`, {
      claimId: r.claim_id,
      value: r.value,
      valueText: r.value_text,
      unit: r.unit,
      qualifier: r.qualifier,
      paper: { id: r.paper_id, title: r.paper_title, date: r.paper_date },
      rank: r.rank,
      entrants: r.entrants,
    });
  }
  return out;
}

const CLAIM_LIMIT = 2000;

/** A subject with every claim about it, grouped by benchmark, so a page can show where papers disagree. */
export async function getSubject(db: Database, id: number): Promise<SubjectDetail> {
  const summary = (await summariesOf(db, [id])).get(id);
  if (!summary) throw notFound(`subject ${id}`);
  const aliases = await db
    .select({ alias: subjectAliases.alias })
    .from(subjectAliases)
    .where(eq(subjectAliases.subjectId, id))
    .orderBy(asc(subjectAliases.alias));
  const rows = await selectClaims(db)
    .where(eq(claims.subjectId, id))
    .orderBy(sql`${papers.date} asc nulls last`, asc(claims.id))
    .limit(CLAIM_LIMIT + 1);
  const truncated = rows.length > CLAIM_LIMIT;
  const kept = rows.slice(0, CLAIM_LIMIT);
  const flagsByClaim = await openFlagsOfClaims(
    db,
    kept.map((r) => r.id),
  );
  const all: SubjectClaim[] = kept.map((r) => ({ ...toClaimOut(r), flags: flagsByClaim.get(r.id) ?? [] }));

  const byBenchmark = new Map<string, SubjectClaim[]>();
  const otherClaims: SubjectClaim[] = [];
  for (const c of all) {
    if (c.benchmarkId === null) otherClaims.push(c);
    else byBenchmark.set(c.benchmarkId, [...(byBenchmark.get(c.benchmarkId) ?? []), c]);
  }
  const [refs, bests] = await Promise.all([benchmarkRefs(db, [...byBenchmark.keys()]), bestClaims(db, [id])]);
  const groups: SubjectBenchmarkGroup[] = [];
  for (const [benchmarkId, groupClaims] of byBenchmark) {
    const benchmark = refs.get(benchmarkId);
    if (!benchmark) continue;
    const live = groupClaims.filter((c) => c.kind === "absolute" && c.reviewStatus !== "rejected");
    const values = new Set(live.map((c) => `${c.value}|${c.unit ?? ""}`));
    const paperIds = new Set(live.map((c) => c.paper.id));
    groups.push({
      benchmark,
      best: bests.get(`${benchmarkId}|${id}`) ?? null,
      distinctValues: values.size,
      paperCount: paperIds.size,
      papersDisagree: values.size > 1 && paperIds.size > 1,
      claims: groupClaims,
    });
  }
  groups.sort((a, b) => b.claims.length - a.claims.length || a.benchmark.id.localeCompare(b.benchmark.id));
  const [facts] = await db
    .select({ isModel: subjects.isModel, generic: subjects.generic })
    .from(subjects)
    .where(eq(subjects.id, id));
  const [methodsOnIt, runsOn] = await Promise.all([
    pairedSubjects(db, id, "methods"),
    pairedSubjects(db, id, "models"),
  ]);
  return {
    ...summary,
    aliases: aliases.map((a) => a.alias),
    isModel: facts?.isModel ?? false,
    generic: facts?.generic ?? false,
    methodsOnIt,
    runsOn,
    benchmarks: groups,
    otherClaims,
    truncated,
  };
}

const PAIRED_LIMIT = 200;

/** The methods measured on model `id`, or the models method `id` was measured on. */
async function pairedSubjects(db: Database, id: number, which: "methods" | "models"): Promise<PairedSubject[]> {
  const [mine, other] =
    which === "methods" ? [sql.raw("model_id"), sql.raw("subject_id")] : [sql.raw("subject_id"), sql.raw("model_id")];
  const rows = await queryRows(
    db,
    sql`
      select s.id, s.name, count(*)::int as claim_count, count(distinct c.benchmark_id)::int as benchmark_count
      from claims c join subjects s on s.id = c.${other}
      where c.${mine} = ${id} and c.${other} <> ${id} and c.review_status is distinct from 'rejected'
      group by s.id, s.name order by claim_count desc, s.name limit ${PAIRED_LIMIT}`,
    z.object({ id: z.number(), name: z.string(), claim_count: count, benchmark_count: count }),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, claimCount: r.claim_count, benchmarkCount: r.benchmark_count }));
}

const COMPARE_ROWS = 200;

/** 2–5 subjects side by side on the benchmarks at least two of them report absolute values on. */
export async function compareSubjects(db: Database, q: CompareQuery): Promise<Compare> {
  const ids = [...new Set(q.subjects.split(",").map((s) => Number(s.trim())))];
  if (ids.length < 2) throw new DomainError("VALIDATION_FAILED", "subjects: give 2 to 5 different subject ids");
  if (ids.some((n) => !Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647)) {
    throw new DomainError("VALIDATION_FAILED", "subjects: ids are positive integers");
  }
  const summaries = await summariesOf(db, ids);
  const missing = ids.filter((i) => !summaries.has(i));
  if (missing.length) throw notFound(`subject ${missing.join(", ")}`);
  const bests = await bestClaims(db, ids);
  const coverage = new Map<string, number>();
  const entrants = new Map<string, number>();
  for (const [key, best] of bests) {
    const benchmarkId = key.slice(0, key.lastIndexOf("|"));
    coverage.set(benchmarkId, (coverage.get(benchmarkId) ?? 0) + 1);
    entrants.set(benchmarkId, best.entrants);
  }
  const shared = [...coverage.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (entrants.get(b[0]) ?? 0) - (entrants.get(a[0]) ?? 0) || a[0].localeCompare(b[0]))
    .map(([benchmarkId]) => benchmarkId);
  const kept = shared.slice(0, COMPARE_ROWS);
  const refs = await benchmarkRefs(db, kept);
  const rows: CompareRow[] = [];
  for (const benchmarkId of kept) {
    const benchmark = refs.get(benchmarkId);
    if (!benchmark) continue;
    const cells = ids.map((subjectId) => ({ subjectId, best: bests.get(`${benchmarkId}|${subjectId}`) ?? null }));
    // The leaderboard rank already orders them in the metric's direction: the lowest rank leads.
    const top = Math.min(...cells.flatMap((c) => (c.best ? [c.best.rank] : [])));
    rows.push({ benchmark, cells, leaders: cells.filter((c) => c.best?.rank === top).map((c) => c.subjectId) });
  }
  return { subjects: ids.map((i) => summaries.get(i)!), benchmarks: rows, truncated: shared.length > kept.length };
}
