import { index, integer, pgTable, primaryKey } from "drizzle-orm/pg-core";
import { claims } from "./claims.js";
import { flags } from "./flags.js";

export const flagClaims = pgTable(
  "flag_claims",
  {
    flagId: integer()
      .notNull()
      .references(() => flags.id, { onDelete: "cascade" }),
    claimId: integer()
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
  },
  // Badges on leaderboard rows look flags up by claim.
  (t) => [primaryKey({ columns: [t.flagId, t.claimId] }), index("flag_claims_claim_idx").on(t.claimId)],
);
