import { z } from "@hono/zod-openapi";
import { EmbedUrlsSchema } from "../../contracts/embed-urls.js";
import { MAX_HIGHLIGHTS, SIZE } from "../../domain/embed-links/options.js";

export const OEmbedQuerySchema = z.object({
  url: z.string().min(1).max(4000).openapi({
    description:
      "a benchmark page of this server, e.g. https://host/benchmarks/imagenet--fid, or an embed link (signed or not)",
  }),
  maxwidth: z.coerce.number().int().min(1).max(100_000).optional(),
  maxheight: z.coerce.number().int().min(1).max(100_000).optional(),
  format: z.string().max(20).optional().openapi({ description: "json (the only format served; others answer 501)" }),
});

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/ §2.3.4). */
export const OEmbedRichSchema = z
  .object({
    type: z.literal("rich"),
    version: z.literal("1.0"),
    title: z.string(),
    provider_name: z.literal("Claimboard"),
    provider_url: z.string().url(),
    cache_age: z.number().int().nonnegative().optional(),
    html: z.string(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    thumbnail_url: z.string().url().optional(),
    thumbnail_width: z.number().int().positive().optional(),
    thumbnail_height: z.number().int().positive().optional(),
  })
  .refine(
    (o) =>
      (o.thumbnail_url === undefined) === (o.thumbnail_width === undefined) &&
      (o.thumbnail_url === undefined) === (o.thumbnail_height === undefined),
    {
      message: "thumbnail_url, thumbnail_width and thumbnail_height come together",
    },
  )
  .openapi("OEmbedRich");
export type OEmbedRich = z.infer<typeof OEmbedRichSchema>;

export const EmbedLinkRequestSchema = z
  .object({
    benchmarkId: z
      .string()
      .regex(/^[a-z0-9-]{1,200}$/)
      .openapi({ example: "imagenet-256x256--fid" }),
    chart: z.enum(["best", "bar"]).optional(),
    top: z.number().int().min(1).max(50).optional(),
    theme: z.enum(["light", "dark"]).optional(),
    title: z.boolean().optional(),
    highlight: z
      .array(
        z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^,]+$/, "subject names with commas cannot be highlighted"),
      )
      .max(MAX_HIGHLIGHTS)
      .optional(),
    width: z.number().int().min(SIZE.minWidth).max(SIZE.maxWidth).optional(),
    height: z.number().int().min(SIZE.minHeight).max(SIZE.maxHeight).optional(),
    /** Seconds until the link expires: 60 s to a year, default 30 days. */
    expiresIn: z
      .number()
      .int()
      .min(60)
      .max(366 * 86_400)
      .optional(),
  })
  .strict()
  .openapi("EmbedLinkRequest");

export const EmbedLinkSchema = EmbedUrlsSchema.extend({
  exp: z.number().int(),
  expiresAt: z.string(),
}).openapi("EmbedLink");
