/**
 * The leaderboard ranking, in SQL, for every read that ranks: a board (getLeaderboard) and a subject's
 * best entry on each of its boards (subjects.ts). One entry per system (subject and base model: a method
 * on a 72B model is not the same entry as on a 3B one): its best claim in the metric's direction, then the
 * earliest paper (it reported the number first), then the lowest claim id. Ties rank alike.
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { qualifier } from "../../db/query-rows.js";
import { rankScore, rankValue } from "./rank-value.js";

export interface RankedEntriesQuery {
  /** The claims to rank, aliased `c`: the claims table, or the table as the tracker had it (claimsKnownAt). */
  claims: SQL;
  /** Condition on `c` (and its paper `p`): the boards, and any filter. */
  where: SQL;
  /** Condition on `c` for a claim that may be an entry (the trusted ones, or `true`). */
  entry: SQL;
  /** What the caller reads of each entry besides the number and its paper, by column name, over `c` and `p`. */
  columns?: Record<string, SQL>;
}

/**
 * Common table expressions (after `with`): `live`, every live absolute claim of a system with its `score`
 * (ascending is best) and whether it may be an entry (`trusted`, computed once per claim, so a caller can
 * also count the systems left without an entry); `best`, one per system; `ranked`, with `rank` and
 * `entrants` per board. Each carries benchmark_id, subject_id, model_id, claim_id, paper_day, score, the
 * ENTRY_COLUMNS and the caller's columns.
 */
const ENTRY_COLUMNS: Record<string, SQL> = {
  value: sql`c.value`,
  value_text: sql`c.value_text`,
  unit: sql`c.unit`,
  qualifier: sql`c.qualifier`,
  paper_id: sql`p.id`,
  paper_title: sql`p.title`,
  paper_date: sql`p.date::text`,
};

/** A reported number and its paper, as ENTRY_COLUMNS (and any read naming them alike) return them. */
export const ReportedNumber = z.object({
  value: z.number(),
  value_text: z.string().nullable(),
  unit: z.string().nullable(),
  qualifier,
  paper_id: z.number(),
  paper_title: z.string(),
  paper_date: z.string().nullable(),
});

export function rankedEntries(q: RankedEntriesQuery): SQL {
  const read = { ...ENTRY_COLUMNS, ...q.columns };
  const names = Object.keys(read).map((name) => sql.identifier(name));
  const columns = Object.entries(read).map(([name, value]) => sql`${value} as ${sql.identifier(name)}`);
  // best names its columns rather than `*`, so that `trusted` is not computed a second time when live is inlined.
  return sql`live as (
      select ${sql.join(columns, sql`, `)}, c.benchmark_id, c.subject_id, c.model_id, c.id as claim_id, p.date as paper_day,
             ${rankScore(rankValue(sql`c`), sql`m.direction`)} as score, ${q.entry} as trusted
      from ${q.claims} c
      join papers p on p.id = c.paper_id
      join benchmarks b on b.id = c.benchmark_id
      join metrics m on m.id = b.metric_id
      where c.kind = 'absolute' and c.subject_id is not null and c.review_status is distinct from 'rejected' and ${q.where}
    ), best as (
      select distinct on (benchmark_id, subject_id, model_id)
             ${sql.join(names, sql`, `)}, benchmark_id, subject_id, model_id, claim_id, paper_day, score
      from live where trusted
      order by benchmark_id, subject_id, model_id, score asc, paper_day asc nulls last, claim_id asc
    ), ranked as (
      select best.*, rank() over (partition by benchmark_id order by score asc) as rank,
             count(*) over (partition by benchmark_id) as entrants
      from best
    )`;
}

/** A CTE `hidden` (after rankedEntries): how many systems have live claims, none of which may be an entry. */
export const hiddenSystems = sql`hidden as (
      select count(*)::int as n from (
        select 1 from live group by benchmark_id, subject_id, model_id having not bool_or(trusted)) h
    )`;
