import { z } from "@hono/zod-openapi";

/** The one shape of every failure the API answers. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .regex(/^[A-Z][A-Z0-9_]*$/)
        .openapi({ example: "NOT_FOUND" }),
      message: z.string(),
      /** Quote it when reporting a problem: the server's log line carries the same id. */
      requestId: z.string().optional(),
    }),
  })
  .openapi("Error");
export type ErrorBody = z.infer<typeof ErrorSchema>;

export const LimitSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(200)
  .default(50)
  .openapi({ description: "page size, at most 200" });
export const CursorSchema = z
  .string()
  .max(500)
  .optional()
  .openapi({ description: "opaque cursor from the previous page's nextCursor" });

export const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const IdParamSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .openapi({ param: { name: "id", in: "path" }, example: 1 }),
});

export const PaperRefSchema = z
  .object({ id: z.number().int(), title: z.string(), date: z.string().nullable() })
  .openapi("PaperRef");
export const EntityRefSchema = z.object({ id: z.number().int(), name: z.string() }).openapi("EntityRef");

export const HealthSchema = z
  .object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) })
  .openapi("Health");
