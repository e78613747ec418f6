import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, direction, queryRows } from "../db/query-rows.js";
import type { SearchQuery, SearchResult } from "../contracts/search.js";
import { resolveDataset } from "../extractors/identity/datasets.js";
import { escapeLike } from "./papers.js";

/** 0: the name is the query, 1: it starts with it, 2: it contains it somewhere. */
function matchRank(column: SQL, q: string): SQL {
  return sql`(case when lower(${column}) = lower(${q}) then 0 when ${column} ilike ${`${escapeLike(q)}%`} then 1 else 2 end)`;
}

/**
 * How closely a board's dataset (row `d`) answers any of the terms: 0 its name is one of them, 1 its
 * family is, 2 its name starts with one, 3 it only contains them.
 */
function datasetTier(terms: readonly string[]): SQL {
  // Identity keys too: "GSM-8K" names GSM8K as its own spelling would.
  const keys = sql.param([...new Set(terms.map((t) => resolveDataset(t).key).filter(Boolean))]);
  const lowered = sql.param([...new Set(terms.map((t) => t.toLowerCase()))]);
  const prefixes = sql.param([...new Set(terms.map((t) => `${escapeLike(t)}%`))]);
  return sql`(case when d.key = any(${keys}::text[]) or lower(d.name) = any(${lowered}::text[]) then 0
                   when d.family_key = any(${keys}::text[]) or lower(d.family) = any(${lowered}::text[]) then 1
                   when d.name ilike any(${prefixes}::text[]) then 2 else 3 end)`;
}

/**
 * One search box across papers (every word in the title), subjects and datasets (name or any spelling
 * seen), metrics and benchmarks (every word in the dataset or metric name). A few of each, best first.
 */
export async function search(db: Database, query: SearchQuery): Promise<SearchResult> {
  // Five independent queries: on a server they run at once on separate pool connections.
  const q = query.q.trim();
  const limit = query.limit;
  const like = `%${escapeLike(q)}%`;
  const words = q.split(/\s+/).filter(Boolean).slice(0, 10);
  const wordLikes = words.map((w) => `%${escapeLike(w)}%`);

  const titleWhere = sql.join(
    wordLikes.map((w) => sql`p.title ilike ${w}`),
    sql` and `,
  );
  const papersRows = queryRows(
    db,
    sql`
      select p.id, p.title, p.date::text as date, (select count(*) from claims c where c.paper_id = p.id)::int as claim_count
      from papers p
      where ${titleWhere}
      order by ${matchRank(sql`p.title`, q)}, claim_count desc, p.date desc nulls last, p.id desc
      limit ${limit}`,
    z.object({ id: z.number(), title: z.string(), date: z.string().nullable(), claim_count: count }),
  );

  // Each kind: find the matching rows first (materialized, small), then count their claims through
  // the claims indexes. Joining claims before filtering would aggregate the whole table.
  const subjectsRows = queryRows(
    db,
    sql`
      with matched as (
        -- Two index scans (trigram indexes) rather than one OR across a join, which reads both tables.
        select subject_id as id from subject_aliases where alias ilike ${like}
        union
        select id from subjects where name ilike ${like}
      ), hits as materialized (
        select s.id, s.name,
               case when s.name ilike ${like} then null
                    else (select min(a.alias) from subject_aliases a where a.subject_id = s.id and a.alias ilike ${like}) end as matched_alias
        from matched join subjects s on s.id = matched.id
        order by ${matchRank(sql`s.name`, q)}, length(s.name), s.id
        limit 200
      ), counted as (
        select h.*, (select count(*) from claims c where c.subject_id = h.id)::int as claim_count,
               (select count(distinct c.benchmark_id) from claims c where c.subject_id = h.id)::int as benchmark_count
        from hits h
      )
      select * from counted where claim_count > 0
      order by least(${matchRank(sql`name`, q)}, ${matchRank(sql`coalesce(matched_alias, name)`, q)}), claim_count desc, length(name), id
      limit ${limit}`,
    z.object({
      id: z.number(),
      name: z.string(),
      claim_count: count,
      benchmark_count: count,
      matched_alias: z.string().nullable(),
    }),
  );

  const datasetsRows = queryRows(
    db,
    sql`
      with matched as (
        select dataset_id as id from dataset_aliases where alias ilike ${like}
        union
        select id from datasets where name ilike ${like}
      ), hits as materialized (
        select d.id, d.name from matched join datasets d on d.id = matched.id
        order by ${matchRank(sql`d.name`, q)}, length(d.name), d.id
        limit 200
      ), counted as (
        select h.*, (select count(*) from claims c where c.dataset_id = h.id)::int as claim_count,
               (select count(*) from benchmarks b where b.dataset_id = h.id)::int as benchmark_count
        from hits h
      )
      select * from counted where claim_count > 0
      order by ${matchRank(sql`name`, q)}, claim_count desc, length(name), id
      limit ${limit}`,
    z.object({ id: z.number(), name: z.string(), claim_count: count, benchmark_count: count }),
  );

  const metricsRows = queryRows(
    db,
    sql`
      with hits as materialized (select m.id, m.name, m.direction from metrics m where m.name ilike ${like}),
      counted as (
        select h.*, (select count(*) from claims c where c.metric_id = h.id)::int as claim_count,
               (select count(*) from benchmarks b where b.metric_id = h.id)::int as benchmark_count
        from hits h
      )
      select name, direction, claim_count, benchmark_count from counted where claim_count > 0
      order by ${matchRank(sql`name`, q)}, claim_count desc, length(name), name
      limit ${limit}`,
    z.object({ name: z.string(), direction, claim_count: count, benchmark_count: count }),
  );

  const benchmarkWhere = sql.join(
    wordLikes.map((w) => sql`(d.name ilike ${w} or m.name ilike ${w})`),
    sql` and `,
  );
  // The boards people mean first: "gsm8k" is GSM8K's own boards, then its variants' (GSM8K-Hard), then
  // datasets whose name starts with it, then the rest; inside a tier the largest board leads.
  const terms = [q, ...words];
  const tier = datasetTier(terms);
  const named = sql.param([...new Set(terms.map((t) => resolveDataset(t).key).filter(Boolean))]);
  const benchmarksRows = queryRows(
    db,
    sql`
      with hits as materialized (
        select b.id, d.name as dataset, m.name as metric, b.setting, m.direction, ${tier} as tier
        from benchmarks b join datasets d on d.id = b.dataset_id join metrics m on m.id = b.metric_id
        where (${benchmarkWhere}) or d.key = any(${named}::text[]) or d.family_key = any(${named}::text[])
        -- A broad word ("accuracy") matches thousands: count claims only for the best-matching few.
        order by ${tier}, least(${matchRank(sql`d.name`, q)}, ${matchRank(sql`m.name`, q)}), b.updated_at desc, b.id
        limit 200
      ), counted as (
        select h.*, (select count(*) from claims c where c.benchmark_id = h.id)::int as claim_count from hits h
      )
      select * from counted where claim_count > 0
      order by tier, claim_count desc, length(dataset), id
      limit ${limit}`,
    z.object({
      id: z.string(),
      dataset: z.string(),
      metric: z.string(),
      setting: z.string(),
      direction,
      claim_count: count,
    }),
  );

  const [papers, subjects, datasets, metrics, benchmarks] = await Promise.all([
    papersRows,
    subjectsRows,
    datasetsRows,
    metricsRows,
    benchmarksRows,
  ]);
  return {
    q,
    papers: papers.map((p) => ({ id: p.id, title: p.title, date: p.date, claimCount: p.claim_count })),
    subjects: subjects.map((s) => ({
      id: s.id,
      name: s.name,
      claimCount: s.claim_count,
      benchmarkCount: s.benchmark_count,
      matchedAlias: s.matched_alias,
    })),
    datasets: datasets.map((d) => ({
      id: d.id,
      name: d.name,
      claimCount: d.claim_count,
      benchmarkCount: d.benchmark_count,
    })),
    metrics: metrics.map((m) => ({
      name: m.name,
      direction: m.direction,
      claimCount: m.claim_count,
      benchmarkCount: m.benchmark_count,
    })),
    benchmarks: benchmarks.map((b) => ({
      id: b.id,
      dataset: b.dataset,
      metric: b.metric,
      setting: b.setting,
      direction: b.direction,
      claimCount: b.claim_count,
    })),
  };
}
