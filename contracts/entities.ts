import { z } from "@hono/zod-openapi";

/** What a reviewer can merge, split and undo: subjects (models and methods), datasets and metrics. */
const ENTITY_TYPES = ["subject", "dataset", "metric"] as const;
const EntityTypeSchema = z.enum(ENTITY_TYPES).openapi("EntityType");
export type EntityType = z.infer<typeof EntityTypeSchema>;

const Id = z.number().int().positive().max(2_147_483_647);
const Note = z.string().trim().max(2000).optional();

export const MergeEntitiesSchema = z
  .object({
    type: EntityTypeSchema,
    from: Id,
    into: Id,
    note: Note,
  })
  .refine((b) => b.from !== b.into, { message: "from and into must differ" })
  .openapi("MergeEntities");
export type MergeEntities = z.infer<typeof MergeEntitiesSchema>;

export const MergeResultSchema = z
  .object({
    type: EntityTypeSchema,
    into: z.number().int(),
    claimsMoved: z.number().int(),
    aliasesMoved: z.number().int(),
    /** The audit row that records the merge: pass it to POST /entities/undo to take it back. */
    auditId: z.number().int(),
  })
  .openapi("MergeResult");
export type MergeResult = z.infer<typeof MergeResultSchema>;

export const SplitEntitySchema = z
  .object({
    type: EntityTypeSchema,
    id: Id,
    spellings: z.array(z.string().min(1).max(300)).min(1).max(100).openapi({
      description:
        "subjects and datasets: alias keys (from GET /entities/spellings) to take out; metrics: metric names as papers wrote them (claims.original.metric)",
    }),
    name: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .optional()
      .openapi({ description: "name of the new entity; default: the first spelling as written" }),
    note: Note,
  })
  .openapi("SplitEntity");
export type SplitEntity = z.infer<typeof SplitEntitySchema>;

export const SplitResultSchema = z
  .object({
    type: EntityTypeSchema,
    from: z.number().int(),
    /** The new entity the spellings and their claims went to. */
    created: z.object({ id: z.number().int(), name: z.string() }),
    claimsMoved: z.number().int(),
    aliasesMoved: z.number().int(),
    auditId: z.number().int(),
  })
  .openapi("SplitResult");
export type SplitResult = z.infer<typeof SplitResultSchema>;

export const UndoEntityEditSchema = z.object({ auditId: Id, note: Note }).openapi("UndoEntityEdit");
export type UndoEntityEdit = z.infer<typeof UndoEntityEditSchema>;

export const UndoResultSchema = z
  .object({
    undone: z.number().int(),
    action: z.string(),
    /** The audit row of the undo itself. */
    auditId: z.number().int(),
    claimsMoved: z.number().int(),
  })
  .openapi("UndoResult");
export type UndoResult = z.infer<typeof UndoResultSchema>;

export const EntityRefQuerySchema = z.object({
  type: EntityTypeSchema,
  id: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  name: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .openapi({ description: "metrics only: the metric's name, instead of its id" }),
});
export type EntityRefQuery = z.infer<typeof EntityRefQuerySchema>;

export const EntityHistoryQuerySchema = z.object({
  type: EntityTypeSchema,
  id: z.coerce.number().int().positive().max(2_147_483_647),
});
export type EntityHistoryQuery = z.infer<typeof EntityHistoryQuerySchema>;

const EntityEditSchema = z
  .object({
    auditId: z.number().int(),
    action: z.string().openapi({ example: "subject.merge" }),
    kind: z.enum(["merge", "split", "undo"]),
    actor: z.string(),
    createdAt: z.string(),
    note: z.string().nullable(),
    /** In words: what moved where. */
    summary: z.string(),
    /** The entity ids involved (merged away / surviving, split / created). */
    entities: z.array(z.number().int()),
    /** Undo rows name the operation they reversed. */
    undoes: z.number().int().nullable(),
    undoneBy: z.number().int().nullable(),
    canUndo: z.boolean(),
    /** Why it cannot be undone, when it cannot. */
    reason: z.string().nullable(),
  })
  .openapi("EntityEdit");
export type EntityEdit = z.infer<typeof EntityEditSchema>;

export const EntityHistorySchema = z.object({ items: z.array(EntityEditSchema) }).openapi("EntityHistory");
export type EntityHistory = z.infer<typeof EntityHistorySchema>;

const EntitySpellingSchema = z
  .object({
    /** Subjects and datasets: the alias key to pass to split; metrics: the written name itself. */
    key: z.string(),
    spelling: z.string(),
    claimCount: z.number().int(),
  })
  .openapi("EntitySpelling");

export const EntityIdentitySchema = z
  .object({
    type: EntityTypeSchema,
    id: z.number().int(),
    name: z.string(),
    key: z.string().nullable(),
    claimCount: z.number().int(),
    spellings: z.array(EntitySpellingSchema),
  })
  .openapi("EntityIdentity");
export type EntityIdentity = z.infer<typeof EntityIdentitySchema>;

export const EntitySearchQuerySchema = z.object({
  type: EntityTypeSchema,
  q: z.string().trim().min(1, "type something to search for").max(200),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type EntitySearchQuery = z.infer<typeof EntitySearchQuerySchema>;

const EntityMatchSchema = z
  .object({ id: z.number().int(), name: z.string(), claimCount: z.number().int() })
  .openapi("EntityMatch");
export const EntitySearchSchema = z.object({ items: z.array(EntityMatchSchema) }).openapi("EntitySearch");
export type EntitySearch = z.infer<typeof EntitySearchSchema>;
