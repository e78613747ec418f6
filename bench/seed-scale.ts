import { sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { seedMetrics } from "../domain/entities.js";

/**
 * Seeds a database at scale inside PostgreSQL itself (generate_series), so seeding a million claims
 * takes seconds rather than the client's round trips: papers, subjects, datasets, benchmarks over
 * registry metrics, and claims spread evenly over the benchmarks.
 */
export async function seedScale(
  db: Database,
  opts: { claims: number; benchmarks: number; papers: number; subjects: number; datasets: number },
) {
  await seedMetrics(db);
  await db.execute(sql`
    insert into papers (title, title_key, abstract, date, source_file, content_hash, extracted_with)
    select 'Synthetic paper ' || g, 'syntheticpaper' || g, 'Synthetic abstract ' || g || ' reports numbers.',
           date '2018-01-01' + (g % 2500), 'bench', md5(g::text), 'bench@1'
    from generate_series(1, ${opts.papers}) g`);
  await db.execute(
    sql`insert into subjects (name, key) select 'Model-' || g, 'model' || g from generate_series(1, ${opts.subjects}) g`,
  );
  await db.execute(sql`insert into subject_aliases (alias_key, alias, subject_id) select key, name, id from subjects`);
  await db.execute(
    sql`insert into datasets (name, key) select 'Dataset-' || g, 'dataset' || g from generate_series(1, ${opts.datasets}) g`,
  );
  await db.execute(sql`insert into dataset_aliases (alias_key, alias, dataset_id) select key, name, id from datasets`);
  // Benchmark k pairs dataset (k mod datasets) with metric (k div datasets) mod metrics.
  await db.execute(sql`
    with m as (select id, name, row_number() over (order by id) - 1 as i, count(*) over () as n from metrics),
         d as (select id, name, row_number() over (order by id) - 1 as i, count(*) over () as n from datasets)
    insert into benchmarks (id, dataset_id, metric_id)
    select lower(d.name) || '--' || replace(m.name, ' ', '-'), d.id, m.id
    from generate_series(0, ${opts.benchmarks - 1}) k
    join d on d.i = k % d.n
    join m on m.i = (k / d.n) % m.n
    on conflict do nothing`);
  // Benchmarks as arrays indexed by position: a join on a computed key would be a nested loop.
  await db.execute(sql`
    with b as (select array_agg(id order by id) as ids, array_agg(dataset_id order by id) as ds,
                      array_agg(metric_id order by id) as ms, count(*)::int as n from benchmarks),
         p as (select min(id) as lo from papers), s as (select min(id) as lo from subjects)
    insert into claims (paper_id, subject_id, dataset_id, metric_id, benchmark_id, value, value_text, unit, kind, qualifier,
                        subject_text, dataset_text, evidence, sentence, evidence_start, evidence_end, confidence, source_kind,
                        extractor, extractor_version, fingerprint, original)
    select p.lo + (g % ${opts.papers}), s.lo + ((g::bigint * 7919) % ${opts.subjects})::int,
           b.ds[(g % b.n) + 1], b.ms[(g % b.n) + 1], b.ids[(g % b.n) + 1],
           round((random() * 100)::numeric, 2)::float8, null, '%', case when g % 10 = 0 then 'delta' else 'absolute' end, 'exact',
           'Model', 'Dataset', 'score of N', 'A sentence with a score of N.', 0, 10, 0.9, 'text',
           'bench', '1', 'f' || g, '{"value": 0, "unit": "%", "metric": "accuracy", "subject": null, "dataset": null}'::jsonb
    from generate_series(1, ${opts.claims}) g cross join b cross join p cross join s`);
  // As autovacuum would after a bulk load: statistics for the planner, and the visibility map that lets
  // per-subject counts be index-only scans (without it the first minutes of a run measure the vacuum).
  await db.execute(sql`vacuum analyze`);
}
