import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Facts about the stored data itself, e.g. which identity rules its keys were computed with
 * ("identity" -> a version): a database keyed under older rules is re-keyed once when it opens.
 */
export const appState = pgTable("app_state", {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
