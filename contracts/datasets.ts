import { z } from "@hono/zod-openapi";
import { DirectionSchema } from "./claims.js";

export const DatasetRefParamSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name: "id", in: "path" }, example: 1, description: "any dataset of the family" }),
});

/** The first entry of a board's trusted leaderboard. */
const BoardLeaderSchema = z
  .object({
    subject: z.string(),
    subjectId: z.number().int(),
    value: z.number(),
    valueText: z.string().nullable(),
    unit: z.string().nullable(),
    claimId: z.number().int(),
  })
  .openapi("BoardLeader");

const FamilyBoardSchema = z
  .object({
    id: z.string(),
    metric: z.string(),
    metricDisplay: z.string().nullable(),
    /** "" = as reported. */
    setting: z.string(),
    direction: DirectionSchema,
    unit: z.string().nullable(),
    claimCount: z.number().int(),
    subjectCount: z.number().int(),
    paperCount: z.number().int(),
    /** Null when the board has no trusted entry yet. */
    leader: BoardLeaderSchema.nullable(),
  })
  .openapi("FamilyBoard");
export type FamilyBoard = z.infer<typeof FamilyBoardSchema>;

const DatasetVariantSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    /** What sets it apart from the family ("500", "test-clean"); null for the family itself. */
    variant: z.string().nullable(),
    relation: z.enum(["variant of", "subset of", "split of", "version of"]).nullable(),
    testSize: z.number().int().nullable(),
    claimCount: z.number().int(),
    /** Its boards with claims, largest first. */
    boards: z.array(FamilyBoardSchema),
  })
  .openapi("DatasetVariant");
export type DatasetVariant = z.infer<typeof DatasetVariantSchema>;

export const DatasetFamilySchema = z
  .object({
    /** The family's name ("MATH" for MATH-500). */
    family: z.string(),
    /** The dataset asked for. */
    requestedId: z.number().int(),
    /** The family itself first (when it has claims of its own), then its variants, most claims first. */
    variants: z.array(DatasetVariantSchema),
    /** True when the family has more boards than were listed (BOARD_LIMIT). */
    truncated: z.boolean(),
  })
  .openapi("DatasetFamily");
export type DatasetFamily = z.infer<typeof DatasetFamilySchema>;
