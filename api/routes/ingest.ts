import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { openSource, SourceReadError } from "../../domain/read-source.js";
import { ingestSources } from "../../domain/ingest.js";
import { requireRole } from "../auth.js";
import type { AppEnv } from "../context.js";
import { rateLimit } from "../middleware/rate-limit.js";
import { IngestQuerySchema, IngestSummarySchema } from "../../contracts/ingest.js";
import { router } from "../router.js";
import { createMiddleware } from "hono/factory";
import { ApiError, errorResponse } from "../errors.js";
import { uploadDir } from "../upload-dirs.js";

/**
 * A compressed upload may unpack to at most this many times INGEST_MAX_MB (1 GB at the default 50 MB):
 * real text compresses 3-10x, a gzip bomb 1000x.
 */
const UNPACK_FACTOR = 20;

/** A declared size over the limit is refused from the headers alone, before a byte of the body is read. */
const declaredSizeLimit = createMiddleware<AppEnv>(async (c, next) => {
  const limit = c.var.config.ingestMaxBytes;
  const declared = Number(c.req.header("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return errorResponse(
      c,
      "PAYLOAD_TOO_LARGE",
      `the upload is ${Math.ceil(declared / 1e6)} MB; this server takes at most ${Math.floor(limit / 1e6)} MB (INGEST_MAX_MB)`,
    );
  }
  await next();
});

const ingest = createRoute({
  method: "post",
  path: "/ingest",
  summary: "Upload a source file (Daily Papers dump, JSON Lines, JSON) and ingest it; reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("ingest"), declaredSizeLimit] as const,
  request: {
    query: IngestQuerySchema,
    body: { content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } }, required: true },
  },
  responses: {
    200: { content: { "application/json": { schema: IngestSummarySchema } }, description: "what was stored" },
    ...errorResponses({
      400: "unreadable file",
      401: "no or unknown token",
      403: "token lacks the reviewer role",
      413: "over INGEST_MAX_MB",
    }),
  },
});

/** Copies the body to a temporary file, counting bytes so a body without Content-Length is still capped. */
async function saveBody(body: ReadableStream<Uint8Array>, path: string, limit: number): Promise<void> {
  let seen = 0;
  const counted = Readable.fromWeb(body as WebReadableStream<Uint8Array>).on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit)
      counted.destroy(
        new ApiError("PAYLOAD_TOO_LARGE", `the upload is over ${Math.round(limit / 1_048_576)} MB (INGEST_MAX_MB)`),
      );
  });
  await pipeline(counted, createWriteStream(path));
}

export const ingestRoutes = router().openapi(ingest, async (c) => {
  const q = c.req.valid("query");
  const body = c.req.raw.body;
  if (!body) throw new ApiError("EMPTY_BODY", "send the file as the request body");
  const dir = await uploadDir();
  try {
    const path = join(dir, q.filename);
    await saveBody(body, path, c.var.config.ingestMaxBytes);
    try {
      const source = await openSource(path, q.format, {
        maxUnpackedBytes: c.var.config.ingestMaxBytes * UNPACK_FACTOR,
        maxUnpackedName: `${UNPACK_FACTOR} × INGEST_MAX_MB`,
      });
      const summary = await ingestSources(
        c.var.db,
        [{ ...source, file: q.filename, sourceId: q.source ?? null }],
        c.var.config.extractor,
        {
          files: [q.filename],
          dryRun: q.dryRun,
          flags: c.var.flagOptions,
          heartbeat: c.var.config.heartbeat,
        },
      );
      return c.json(summary, 200);
    } catch (err) {
      // Reading errors surface while streaming too; the file's transaction is rolled back either way.
      if (err instanceof SourceReadError)
        throw new ApiError("UNREADABLE_FILE", err.message.replaceAll(path, q.filename));
      throw err;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
