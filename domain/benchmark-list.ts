import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { queryRows } from "../db/query-rows.js";
import type { BenchmarkList, BenchmarkQuery } from "../contracts/benchmarks.js";
import { AS_REPORTED } from "../contracts/settings.js";
import { resolveDataset } from "../extractors/identity/datasets.js";
import { nameKey } from "../extractors/identity/name-key.js";
import { normalizeSetting } from "../extractors/identity/settings.js";
import { BenchmarkRow, toBenchmark } from "./benchmarks.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { resolveDatasetId, resolveMetricName } from "./lookup.js";
import { escapeLike } from "./papers.js";

/** The keys a family may be stored under: "MATH-500" names the MATH family, as does "math". */
function familyKeys(name: string): string[] {
  return [...new Set([resolveDataset(name).familyKey, nameKey(name)])].filter(Boolean);
}

/** The stored setting key for what a user typed: "as reported" is the empty setting, "0-shot" is "zero-shot". */
function settingKeys(setting: string): string[] {
  if (setting.trim().toLowerCase() === AS_REPORTED) return [""];
  return [...new Set([normalizeSetting([setting]).key, setting.trim().toLowerCase()])].filter(Boolean);
}

/**
 * Benchmarks with at least one claim, most claims first, filtered by name, dataset, dataset family,
 * metric, setting and a minimum number of subjects. Counts come from the claims alone, grouped by
 * board, and only for the boards the filters leave: the old join of every board to its claims took
 * 600 ms for the first page of the 2025-26 corpus (11,751 boards, 60,540 claims).
 */
export async function listBenchmarks(db: Database, q: BenchmarkQuery): Promise<BenchmarkList> {
  const after = decodeCursor(q.cursor, z.tuple([z.number().int(), z.string()]));
  const where: SQL[] = [];
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    where.push(sql`(d.name ilike ${like} or m.name ilike ${like})`);
  }
  if (q.metric) where.push(sql`m.name = ${resolveMetricName(q.metric)}`);
  if (q.dataset) {
    const id = await resolveDatasetId(db, q.dataset);
    if (id === null) return { items: [], nextCursor: null };
    where.push(sql`d.id = ${id}`);
  }
  if (q.family) {
    const keys = sql.param(familyKeys(q.family));
    where.push(sql`(d.family_key = any(${keys}::text[]) or d.key = any(${keys}::text[]))`);
  }
  if (q.settingsOf)
    where.push(
      sql`(b.dataset_id, b.metric_id) = (select dataset_id, metric_id from benchmarks where id = ${q.settingsOf})`,
    );
  if (q.setting !== undefined) where.push(sql`b.setting = any(${sql.param(settingKeys(q.setting))}::text[])`);
  // Unfiltered, every claim with a board is counted; filtered, only the claims of the boards picked.
  const claimsOf = where.length
    ? sql`c.benchmark_id in (
        select b.id from benchmarks b join datasets d on d.id = b.dataset_id join metrics m on m.id = b.metric_id
        where ${sql.join(where, sql` and `)})`
    : sql`c.benchmark_id is not null`;
  const having = q.minEntries > 1 ? sql`having count(distinct c.subject_id) >= ${q.minEntries}` : sql``;
  const keyset = after
    ? sql`where s.claim_count < ${after[0]} or (s.claim_count = ${after[0]} and s.benchmark_id > ${after[1]})`
    : sql``;
  const rows = await queryRows(
    db,
    sql`
      with stats as (
        select c.benchmark_id,
               count(*)::int as claim_count,
               count(*) filter (where c.kind = 'absolute')::int as absolute_count,
               count(distinct c.subject_id)::int as subject_count,
               count(distinct c.paper_id)::int as paper_count
        from claims c where ${claimsOf}
        group by c.benchmark_id ${having}
      ), page as (
        select * from stats s ${keyset} order by s.claim_count desc, s.benchmark_id asc limit ${q.limit + 1}
      )
      select b.id, d.name as dataset, d.id as dataset_id, m.name as metric, m.display as metric_display, d.family as dataset_family,
             b.setting, m.direction, m.direction_known, m.unit, b.updated_at,
             page.claim_count, page.absolute_count, page.subject_count, page.paper_count
      from page join benchmarks b on b.id = page.benchmark_id join datasets d on d.id = b.dataset_id join metrics m on m.id = b.metric_id
      order by page.claim_count desc, b.id asc`,
    BenchmarkRow,
  );
  const items = rows.slice(0, q.limit).map(toBenchmark);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor([last.claimCount, last.id]) : null };
}
