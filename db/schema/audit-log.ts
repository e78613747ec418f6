import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every review action, append-only: a trigger (migration 0001) refuses UPDATE and DELETE,
 * so the history of a number can always be told.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    actor: text().notNull(),
    action: text().notNull(),
    targetType: text({ enum: ["claim", "flag", "subject", "dataset"] }).notNull(),
    targetId: integer().notNull(),
    before: jsonb(),
    after: jsonb(),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_target_idx").on(t.targetType, t.targetId, t.id)],
);
