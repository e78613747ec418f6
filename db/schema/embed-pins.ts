import { date, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Pinned embeds: what a chart showed when someone pinned it, stored whole so the pinned SVG, PNG, iframe
 * and oEmbed never change, whatever arrives or is reviewed later (a wiki page citing a state). The id is a
 * hash of the snapshot, so pinning the same state twice gives the same link. No foreign key to the
 * benchmark: a pin outlives a merge that removes its board.
 */
export const embedPins = pgTable(
  "embed_pins",
  {
    id: text().primaryKey(),
    benchmarkId: text().notNull(),
    /** The board as of this day (papers dated on or before it); null: the board as it stood when pinned. */
    asOf: date({ mode: "string" }),
    /** The board's data version (its last change) when pinned. */
    dataVersion: timestamp({ withTimezone: true }).notNull(),
    /** The chart input: benchmark header, top entries and the series points, as rendered. */
    snapshot: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("embed_pins_benchmark_idx").on(t.benchmarkId)],
);
