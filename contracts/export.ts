import { z } from "@hono/zod-openapi";

const CLAIM_EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ClaimExportFormat = (typeof CLAIM_EXPORT_FORMATS)[number];
import { ClaimQuerySchema } from "./claims.js";

/** GET /api/claims's filters plus the file format; no paging, the export holds every match. */
export const ClaimExportQuerySchema = ClaimQuerySchema.omit({ limit: true, cursor: true }).extend({
  format: z
    .enum(CLAIM_EXPORT_FORMATS)
    .default("csv")
    .openapi({ description: "csv (RFC 4180) or jsonl (one importable claim per line)" }),
});

export const CsvSchema = z
  .string()
  .openapi({ description: "RFC 4180 CSV with a header row; text cells defused against formula injection" });
export const JsonLinesSchema = z
  .string()
  .openapi({ description: 'one {"type":"claim", ...} object per line; `npm run ingest` imports it back' });
export const MarkdownSchema = z
  .string()
  .openapi({ description: "a GitHub-flavoured Markdown table; cells escaped, line breaks removed" });
export const ModelIndexYamlSchema = z.string().openapi({ description: "Hugging Face model card `model-index` YAML" });
