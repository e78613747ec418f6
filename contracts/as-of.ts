import { z } from "@hono/zod-openapi";

/** A calendar day that exists (2025-02-30 does not), as YYYY-MM-DD. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, "no such date");

/** A moment: YYYY-MM-DD (the end of that day, UTC) or an ISO 8601 timestamp with its offset. */
export const MomentSchema = z.union([DaySchema, z.string().datetime({ offset: true })]);

/**
 * The history parameters of a board or series. asOf: the literature as it stood (papers dated on or
 * before the day); knownAt: what the tracker had stored then (claims created before, reviews undone).
 */
export const AsOfQuerySchema = z.object({
  asOf: DaySchema.optional().openapi({
    description:
      "only entries from papers dated on or before this day (YYYY-MM-DD); an undated paper counts from the day it was stored",
    example: "2025-06-30",
  }),
  knownAt: MomentSchema.optional().openapi({
    description:
      "only what the tracker had stored at this moment (YYYY-MM-DD = the end of that day, UTC, or an ISO timestamp): claims stored later are left out and later reviews and corrections undone",
  }),
});

/** The history a board or series was built for, echoed in the answer; absent for the live board. */
export const AsOfSchema = z.object({ asOf: z.string().nullable(), knownAt: z.string().nullable() }).openapi("AsOf");
