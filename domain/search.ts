import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Database } from "../db/client.js";
import type { SearchQuery, SearchResult } from "../api/schemas/search.js";
import { escapeLike } from "./papers.js";

const n = (x: number | string) => Number(x);

/** 0: the name is the query, 1: it starts with it, 2: it contains it somewhere. */
function matchRank(column: SQL, q: string): SQL {
  return sql`(case when lower(${column}) = lower(${q}) then 0 when ${column} ilike ${`${escapeLike(q)}%`} then 1 else 2 end)`;
}

/**
 * One search box across papers (every word in the title), subjects and datasets (name or any spelling
 * seen), metrics and benchmarks (every word in the dataset or metric name). A few of each, best first.
 */
export async function search(db: Database, query: SearchQuery): Promise<SearchResult> {
  const q = query.q.trim();
  const limit = query.limit;
  const like = `%${escapeLike(q)}%`;
  const words = q.split(/\s+/).filter(Boolean).slice(0, 10);
  const wordLikes = words.map((w) => `%${escapeLike(w)}%`);

  const titleWhere = sql.join(
    wordLikes.map((w) => sql`p.title ilike ${w}`),
    sql` and `,
  );
  const papers = rowsOf<{ id: number; title: string; date: string | null; claim_count: number | string }>(
    await db.execute(sql`
      select p.id, p.title, p.date::text as date, (select count(*) from claims c where c.paper_id = p.id)::int as claim_count
      from papers p
      where ${titleWhere}
      order by ${matchRank(sql`p.title`, q)}, claim_count desc, p.date desc nulls last, p.id desc
      limit ${limit}`),
  );

  const subjects = rowsOf<{ id: number; name: string; claim_count: number | string; benchmark_count: number | string; matched_alias: string | null }>(
    await db.execute(sql`
      with hits as (
        select s.id, s.name,
               case when s.name ilike ${like} then null
                    else (select min(a.alias) from subject_aliases a where a.subject_id = s.id and a.alias ilike ${like}) end as matched_alias
        from subjects s
        where s.name ilike ${like} or exists (select 1 from subject_aliases a where a.subject_id = s.id and a.alias ilike ${like})
      )
      select h.id, h.name, h.matched_alias, count(c.id)::int as claim_count, count(distinct c.benchmark_id)::int as benchmark_count
      from hits h join claims c on c.subject_id = h.id
      group by h.id, h.name, h.matched_alias
      order by least(${matchRank(sql`h.name`, q)}, ${matchRank(sql`coalesce(h.matched_alias, h.name)`, q)}), count(c.id) desc, length(h.name), h.id
      limit ${limit}`),
  );

  const datasets = rowsOf<{ id: number; name: string; claim_count: number | string; benchmark_count: number | string }>(
    await db.execute(sql`
      select d.id, d.name, count(c.id)::int as claim_count, count(distinct c.benchmark_id)::int as benchmark_count
      from datasets d join claims c on c.dataset_id = d.id
      where d.name ilike ${like} or exists (select 1 from dataset_aliases a where a.dataset_id = d.id and a.alias ilike ${like})
      group by d.id, d.name
      order by ${matchRank(sql`d.name`, q)}, count(c.id) desc, length(d.name), d.id
      limit ${limit}`),
  );

  const metrics = rowsOf<{ name: string; direction: "higher" | "lower"; claim_count: number | string; benchmark_count: number | string }>(
    await db.execute(sql`
      select m.name, m.direction, count(c.id)::int as claim_count, count(distinct c.benchmark_id)::int as benchmark_count
      from metrics m join claims c on c.metric_id = m.id
      where m.name ilike ${like}
      group by m.id, m.name, m.direction
      order by ${matchRank(sql`m.name`, q)}, count(c.id) desc, length(m.name), m.name
      limit ${limit}`),
  );

  const benchmarkWhere = sql.join(
    wordLikes.map((w) => sql`(d.name ilike ${w} or m.name ilike ${w})`),
    sql` and `,
  );
  const benchmarks = rowsOf<{ id: string; dataset: string; metric: string; direction: "higher" | "lower"; claim_count: number | string }>(
    await db.execute(sql`
      select b.id, d.name as dataset, m.name as metric, m.direction, count(c.id)::int as claim_count
      from benchmarks b
      join datasets d on d.id = b.dataset_id
      join metrics m on m.id = b.metric_id
      join claims c on c.benchmark_id = b.id
      where ${benchmarkWhere}
      group by b.id, d.name, m.name, m.direction
      order by count(c.id) desc, b.id
      limit ${limit}`),
  );

  return {
    q,
    papers: papers.map((p) => ({ id: p.id, title: p.title, date: p.date, claimCount: n(p.claim_count) })),
    subjects: subjects.map((s) => ({ id: s.id, name: s.name, claimCount: n(s.claim_count), benchmarkCount: n(s.benchmark_count), matchedAlias: s.matched_alias })),
    datasets: datasets.map((d) => ({ id: d.id, name: d.name, claimCount: n(d.claim_count), benchmarkCount: n(d.benchmark_count) })),
    metrics: metrics.map((m) => ({ name: m.name, direction: m.direction, claimCount: n(m.claim_count), benchmarkCount: n(m.benchmark_count) })),
    benchmarks: benchmarks.map((b) => ({ id: b.id, dataset: b.dataset, metric: b.metric, direction: b.direction, claimCount: n(b.claim_count) })),
  };
}
