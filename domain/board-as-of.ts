/**
 * A board in the past. Two questions, answered separately because they part ways on any tracker filled
 * after the fact (the 2025-26 corpus was stored in one day of 2026):
 * - asOf: the literature as it stood on a day. Entries come from papers dated on or before it; a paper
 *   without a date counts from the day the tracker stored it. Reviews and identities are today's: the
 *   best knowledge of what those papers said.
 * - knownAt: what the tracker itself had at a moment. Claims stored later are left out, and a review or
 *   correction made later is undone from its audit row (value, unit, review state and board as they were).
 * Merges and splits are applied as they stand now, and trust is judged with today's flags.
 */
import { sql, type SQL } from "drizzle-orm";

export interface BoardMoment {
  asOf?: string | undefined;
  knownAt?: string | undefined;
}

/** The instant a moment stands for: a bare day means the end of it (the next midnight, UTC). */
function momentEnd(moment: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(moment)) return new Date(Date.parse(`${moment}T00:00:00Z`) + 86_400_000);
  return new Date(moment);
}

export function isPast(m: BoardMoment): boolean {
  return m.asOf !== undefined || m.knownAt !== undefined;
}

/** The moment echoed in an answer: absent for the live board. */
export function echoMoment(m: BoardMoment): { asOf?: { asOf: string | null; knownAt: string | null } } {
  return isPast(m)
    ? { asOf: { asOf: m.asOf ?? null, knownAt: m.knownAt ? momentEnd(m.knownAt).toISOString() : null } }
    : {};
}

/** Condition on the claims row `c`: its paper was out by the asOf day. */
export function publishedBy(m: BoardMoment): SQL {
  if (m.asOf === undefined) return sql`true`;
  const end = momentEnd(m.asOf).toISOString();
  return sql`exists (select 1 from papers pa where pa.id = c.paper_id and (pa.date <= ${m.asOf}::date or (pa.date is null and pa.created_at < ${end}::timestamptz)))`;
}

const REVIEWS = sql`('claim.accept', 'claim.reject', 'claim.correct')`;

/**
 * The claims table as the tracker had it at knownAt, for the claims of one board: a derived table with
 * the columns the board and series read. Without knownAt, the claims table itself.
 */
export function claimsKnownAt(benchmarkId: string, m: BoardMoment): SQL {
  if (m.knownAt === undefined) return sql`claims`;
  const end = momentEnd(m.knownAt).toISOString();
  // The first review after the moment holds, in its `before`, the claim as it stood at the moment.
  return sql`(
    select c.id, c.paper_id, c.subject_id, c.model_id, c.kind, c.qualifier, c.evidence, c.sentence, c.condition, c.source_kind,
           c.confidence, c.original, c.created_at, c.attribution,
           case when r.before is null then c.value else (r.before->>'value')::float8 end as value,
           case when r.before is null then c.value_text end as value_text,
           case when r.before is null then c.unit else r.before->>'unit' end as unit,
           case when r.before is null then c.review_status else r.before->>'reviewStatus' end as review_status,
           case when r.before is null then c.benchmark_id else r.before->>'benchmarkId' end as benchmark_id
    from claims c
    left join lateral (
      select a.before from audit_log a
      where a.target_type = 'claim' and a.target_id = c.id and a.action in ${REVIEWS} and a.created_at >= ${end}::timestamptz
      order by a.id limit 1
    ) r on true
    -- One id list rather than "on the board or corrected off it": an OR here costs a scan of every claim.
    where c.created_at < ${end}::timestamptz
      and c.id in (
        select x.id from claims x where x.benchmark_id = ${benchmarkId}
        union
        select a.target_id from audit_log a
        where a.action = 'claim.correct' and a.created_at >= ${end}::timestamptz and a.before->>'benchmarkId' = ${benchmarkId})
  )`;
}
