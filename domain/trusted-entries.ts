/**
 * Which claims a leaderboard shows by default. Extraction from prose is right about half the time (see
 * `npm run calibrate`), so a board leads with the numbers that have more behind them than one reading of
 * one sentence; the rest are one toggle away (`?entries=all`), and the extractor's unsure ones are in the
 * review queue as LOW_CONFIDENCE below FLAG_LOW_CONFIDENCE (a lower bar than the entry threshold).
 *
 * A claim is trusted when it was imported from a table or entered by hand, a reviewer accepted or
 * corrected it, the extractor's calibrated confidence reaches the entry threshold, or another paper
 * reports the same number for the same system on the same board (two independent sentences agreeing).
 * Even then it is held back while an open flag says it cannot be right: out of the metric's range,
 * impossible on the test set, or far ahead of the rest of the board without review.
 */
import { sql, type SQL } from "drizzle-orm";
import { ENTRY_CONFIDENCE_THRESHOLD } from "../extractors/claims/confidence.js";

/** Flags that keep a claim off a default board until resolved or dismissed. */
const BLOCKING_FLAGS = ["OUT_OF_RANGE", "INFEASIBLE", "OUTLIER"] as const;

export type EntryScope = "trusted" | "all";

/** Values within this relative distance count as the same reported number (rounding of 91.7 vs 91.70). */
const SAME_NUMBER = 0.001;

/**
 * SQL condition on the claims row aliased `c` (joined to nothing else) for the trusted entries. The second
 * paper's number is looked up as a range on value, so the (benchmark, subject, value) index answers it.
 */
export function trustedClaim(): SQL {
  const blocking = sql.join(
    BLOCKING_FLAGS.map((f) => sql`${f}`),
    sql`, `,
  );
  // coalesce: review_status is null for unreviewed claims, and "null in (...)" is null, not false.
  return sql`coalesce(
    (c.source_kind <> 'text'
      or c.review_status in ('accepted', 'corrected')
      or c.confidence >= ${ENTRY_CONFIDENCE_THRESHOLD}
      or exists (
        select 1 from claims o
        where o.benchmark_id = c.benchmark_id and o.subject_id = c.subject_id and o.model_id is not distinct from c.model_id
          and o.paper_id <> c.paper_id and o.kind = 'absolute' and o.review_status is distinct from 'rejected'
          and o.value between c.value - ${SAME_NUMBER} * greatest(abs(c.value), 1) and c.value + ${SAME_NUMBER} * greatest(abs(c.value), 1)))
    and (c.review_status in ('accepted', 'corrected') or not exists (
      select 1 from flag_claims fc join flags f on f.id = fc.flag_id
      where fc.claim_id = c.id and f.status = 'open' and f.code in (${blocking}))), false)`;
}

/** The claims condition for a scope: everything live, or the trusted entries. */
export function scopeCondition(scope: EntryScope): SQL {
  return scope === "all" ? sql`true` : trustedClaim();
}
