import { z } from "@hono/zod-openapi";

/** One embed in every form a wiki takes: live or pinned, signed or not. */
export const EmbedUrlsSchema = z.object({
  url: z.string(),
  svgUrl: z.string(),
  pngUrl: z.string(),
  pageUrl: z.string(),
  oembedUrl: z.string(),
  iframe: z.string(),
  markdown: z.string(),
});
