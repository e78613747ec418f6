/**
 * Provenance tiers of a claim (see contracts/provenance.ts), as SQL over the claims row aliased `c`, so a
 * board can show and filter them without a stored column that reviews and re-imports would have to keep
 * in step: the tier follows from how the claim came in (source kind, the extractor's attribution) and what a
 * reviewer did with it.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Tier } from "../contracts/provenance.js";

export function tierOfClaim(): SQL<Tier> {
  return sql<Tier>`(case
    when c.review_status in ('accepted', 'corrected') or c.source_kind = 'manual' then 'reviewed'
    when c.source_kind = 'table' then 'imported'
    when c.attribution = 'other' then 'other_paper'
    else 'self' end)`;
}

/** Claims of one of these tiers; `true` when none are given. */
export function tierCondition(tiers: readonly Tier[] | undefined): SQL {
  if (!tiers || tiers.length === 0) return sql`true`;
  return sql`${tierOfClaim()} in (${sql.join(
    tiers.map((t) => sql`${t}`),
    sql`, `,
  )})`;
}
