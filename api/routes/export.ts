import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { randomUUID } from "node:crypto";
import { exportBenchmarkCsv, exportClaims, exportSubjectModelIndex } from "../../domain/export.js";
import { exportBenchmarkMarkdown } from "../../domain/export-markdown.js";
import { BenchmarkIdParamSchema, LeaderboardQuerySchema } from "../../contracts/benchmarks.js";
import { IdParamSchema } from "../../contracts/common.js";
import {
  ClaimExportQuerySchema,
  CsvSchema,
  JsonLinesSchema,
  MarkdownSchema,
  ModelIndexYamlSchema,
} from "../../contracts/export.js";
import { router } from "../router.js";

const CSV = "text/csv; charset=utf-8";
const NDJSON = "application/x-ndjson";
const YAML = "application/yaml; charset=utf-8";
const MARKDOWN = "text/markdown; charset=utf-8";

const claimsExport = createRoute({
  method: "get",
  path: "/claims/export",
  summary: "Every claim matching GET /api/claims's filters, as a CSV or JSON Lines download (streamed)",
  request: { query: ClaimExportQuerySchema },
  responses: {
    200: { content: { [CSV]: { schema: CsvSchema }, [NDJSON]: { schema: JsonLinesSchema } }, description: "the file" },
    ...errorResponses({ 400: "invalid query" }),
  },
});

const benchmarkExport = createRoute({
  method: "get",
  path: "/benchmarks/{id}/export.csv",
  summary: "Every absolute claim of a benchmark with its subject's leaderboard rank and best value, as CSV",
  request: { params: BenchmarkIdParamSchema },
  responses: {
    200: { content: { [CSV]: { schema: CsvSchema } }, description: "the file" },
    ...errorResponses({ 404: "no such benchmark" }),
  },
});

const benchmarkMarkdown = createRoute({
  method: "get",
  path: "/benchmarks/{id}/export.md",
  summary:
    "The leaderboard as a GitHub-flavoured Markdown table (rank, system, model, value as written, paper, link) for wikis",
  request: { params: BenchmarkIdParamSchema, query: LeaderboardQuerySchema },
  responses: {
    200: { content: { [MARKDOWN]: { schema: MarkdownSchema } }, description: "the table" },
    ...errorResponses({ 400: "invalid query", 404: "no such benchmark" }),
  },
});

const subjectExport = createRoute({
  method: "get",
  path: "/subjects/{id}/model-index.yaml",
  summary: "A subject's absolute claims with a dataset, as Hugging Face model-index YAML for a model card",
  request: { params: IdParamSchema },
  responses: {
    200: { content: { [YAML]: { schema: ModelIndexYamlSchema } }, description: "the YAML" },
    ...errorResponses({ 400: "invalid id", 404: "no such subject" }),
  },
});

/** A file name safe in a header: letters, digits, dot, dash, underscore. */
const fileName = (s: string) =>
  s
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100) || "export";
const attachment = (name: string) => `attachment; filename="${fileName(name)}"`;

/** Text pieces as a byte stream that asks the generator for the next page only when the client has read the last. */
function streamOf(pieces: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
}

export const exportRoutes = router()
  .openapi(claimsExport, async (c) => {
    const { format, ...filters } = c.req.valid("query");
    const pieces = exportClaims(c.var.db, filters, format);
    // Fail before the 200 goes out: the first page answers errors (a bad filter, a database down) in the error shape.
    const first = await pieces.next();
    async function* all(): AsyncGenerator<string> {
      if (!first.done) yield first.value;
      yield* pieces;
    }
    c.header("Content-Type", format === "csv" ? CSV : NDJSON);
    c.header("Content-Disposition", attachment(`claims.${format}`));
    c.header("Cache-Control", "no-store");
    // The app's etag middleware hashes a body it finds without an ETag, which reads the whole stream into
    // memory before the first byte leaves; a per-response tag (the export is no-store) keeps it streaming.
    c.header("ETag", `W/"export-${randomUUID()}"`);
    return c.body(streamOf(all()), 200);
  })
  .openapi(benchmarkExport, async (c) => {
    const { id } = c.req.valid("param");
    const csv = await exportBenchmarkCsv(c.var.db, id);
    c.header("Content-Disposition", attachment(`${id}.csv`));
    return c.body(csv, 200, { "Content-Type": CSV });
  })
  .openapi(benchmarkMarkdown, async (c) => {
    const { id } = c.req.valid("param");
    const md = await exportBenchmarkMarkdown(c.var.db, id, c.req.valid("query"));
    // inline: a browser shows the text to copy; the name is there for "save as".
    c.header("Content-Disposition", `inline; filename="${fileName(id)}.md"`);
    return c.body(md, 200, { "Content-Type": MARKDOWN });
  })
  .openapi(subjectExport, async (c) => {
    const { name, yaml } = await exportSubjectModelIndex(c.var.db, c.req.valid("param").id);
    c.header("Content-Disposition", attachment(`${name}.model-index.yaml`));
    return c.body(yaml, 200, { "Content-Type": YAML });
  });
