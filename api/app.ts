import { OpenAPIHono } from "@hono/zod-openapi";
import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Database, DatabaseKind } from "../db/client.js";
import type { AppEnv } from "./context.js";
import { errorResponse, onError } from "./errors.js";
import { cors } from "hono/cors";
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from "../domain/flags/recompute.js";
import { requireRole } from "./auth.js";
import { DEFAULT_CONFIG, type AppConfig } from "./config.js";
import { readEnded, readStarted } from "../domain/reads-in-flight.js";
import { renderDocsPage } from "./docs-page.js";
import { VersionedCache } from "../domain/versioned-cache.js";
import { jsonEtag } from "./middleware/etag.js";
import { inputGuard } from "./middleware/input-guard.js";
import { requestLogger } from "./middleware/logger.js";
import { responseCache } from "./middleware/response-cache.js";
import { benchmarkRoutes } from "./routes/benchmarks.js";
import { datasetRoutes } from "./routes/datasets.js";
import { flagRoutes } from "./routes/flags.js";
import { ingestRoutes } from "./routes/ingest.js";
import { reviewRoutes } from "./routes/review.js";
import { entityRoutes } from "./routes/entities.js";
import { claimRoutes } from "./routes/claims.js";
import { exportRoutes } from "./routes/export.js";
import { healthRoutes } from "./routes/health.js";
import { paperRoutes } from "./routes/papers.js";
import { searchRoutes } from "./routes/search.js";
import { subjectRoutes } from "./routes/subjects.js";
import { provenanceRoutes } from "./routes/provenance.js";
import { embedRoutes } from "./routes/embed.js";
import { oembedRoutes } from "./routes/oembed.js";
import { historyRoutes } from "./routes/history.js";
import { pinnedEmbedRoutes } from "./routes/embed-pinned.js";

export interface AppDeps {
  db: Database;
  /**
   * Where GET and HEAD requests read, when not `db`: a streaming replica (DATABASE_READ_URL). Every cached
   * answer is validated against this database too, so a page is never older than the database it came from.
   */
  readDb?: Database | undefined;
  dbKind: DatabaseKind;
  /** Built dashboard (vite output) to serve at `/`; omitted in API-only tests. */
  webDist?: string | null;
  flagOptions?: FlagOptions;
  config?: Partial<AppConfig>;
}

const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Claimboard API",
    version: "0.1.0",
    description:
      "Benchmark claims extracted from ML papers: papers, claims, benchmarks, leaderboards, flags and review.",
  },
};

function buildApi() {
  return (
    new OpenAPIHono<AppEnv>()
      .route("/", healthRoutes)
      .route("/", paperRoutes)
      .route("/", claimRoutes)
      // Before reviewRoutes: its /claims/{id} would take /claims/export and refuse "export" as an id.
      .route("/", exportRoutes)
      .route("/", benchmarkRoutes)
      .route("/", datasetRoutes)
      .route("/", flagRoutes)
      .route("/", reviewRoutes)
      .route("/", entityRoutes)
      .route("/", ingestRoutes)
      .route("/", subjectRoutes)
      .route("/", provenanceRoutes)
      .route("/", searchRoutes)
      .route("/", historyRoutes)
  );
}

export function createApp(deps: AppDeps) {
  const config: AppConfig = { ...DEFAULT_CONFIG, ...deps.config };
  const flagOptions = deps.flagOptions ?? deps.config?.flags ?? DEFAULT_FLAG_OPTIONS;
  // Kept as encoded JSON (~0.7 KB a claim, a quarter of the objects' heap), bounded in bytes.
  const bytes = (json: Uint8Array<ArrayBuffer>) => json.byteLength;
  const caches = {
    leaderboards: new VersionedCache<Uint8Array<ArrayBuffer>>(2000, { maxSize: 32 * 2 ** 20, sizeOf: bytes }),
    claimLists: new VersionedCache<Uint8Array<ArrayBuffer>>(10_000, { maxSize: 64 * 2 ** 20, sizeOf: bytes }),
  };
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestId());
  // A sliced ingest on the embedded database lets the reads in flight finish before its next slice.
  app.use("*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    readStarted(deps.db);
    try {
      await next();
    } finally {
      readEnded(deps.db);
    }
  });
  if (config.log) app.use("*", requestLogger(config.log));
  // A token-guarded server checks every read: there answers are not shared from a cache ahead of the guard.
  // Reads, and the stamps and versions their caches are checked against, come from one database: a stamp
  // read on the primary could mark the replica's older answer as current.
  const reads = { ...deps, db: deps.readDb ?? deps.db };
  if (!config.readsRequireToken) app.use("*", responseCache(reads.db));
  // Before secureHeaders: embeds are framed by other sites and set their own headers (no X-Frame-Options).
  app.route("/", embedRoutes(reads));
  app.route("/", pinnedEmbedRoutes(reads));
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "same-site" }));
  if (config.corsOrigins) {
    app.use(
      "/api/*",
      cors({
        origin: config.corsOrigins,
        allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
        exposeHeaders: ["ETag", "X-Request-Id", "Retry-After"],
        maxAge: 600,
      }),
    );
  }
  app.use("*", async (c, next) => {
    const read = c.req.method === "GET" || c.req.method === "HEAD";
    c.set("db", read ? reads.db : deps.db);
    c.set("primaryDb", deps.db);
    c.set("dbKind", deps.dbKind);
    c.set("flagOptions", flagOptions);
    c.set("config", config);
    c.set("caches", caches);
    await next();
  });
  app.use("/api/*", inputGuard);
  if (config.readsRequireToken) app.on(["GET", "HEAD"], "/api/*", readGuard);
  // Reads answer an ETag; a client that sends it back gets 304 when nothing changed.
  app.use("/api/*", jsonEtag);
  const api = buildApi();
  api.route("/", oembedRoutes(reads));
  api.doc31("/openapi.json", OPENAPI_INFO);
  api.get("/docs", (c) => c.html(renderDocsPage(api.getOpenAPI31Document(OPENAPI_INFO))));
  const routed = app.route("/api", api);

  app.notFound((c) => errorResponse(c, "NOT_FOUND", `no route for ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => onError(err, c, config.log ?? undefined));

  if (deps.webDist && existsSync(join(deps.webDist, "index.html"))) {
    const root = relative(process.cwd(), deps.webDist) || ".";
    const indexHtml = readFileSync(join(deps.webDist, "index.html"), "utf8");
    app.use(
      "/assets/*",
      serveStatic({ root, onFound: (_p, c) => c.header("Cache-Control", "public, max-age=31536000, immutable") }),
    );
    app.use("*", serveStatic({ root }));
    // Client-side routes (/benchmarks/x, /papers/1) all load the single-page app.
    app.get("*", (c) =>
      c.req.path.startsWith("/api/")
        ? errorResponse(c, "NOT_FOUND", `no route for GET ${c.req.path}`)
        : c.html(indexHtml),
    );
  }
  return routed;
}

// Health stays open so load balancers can probe a private deployment.
const viewerOnly = requireRole("viewer");
const readGuard: MiddlewareHandler<AppEnv> = (c, next) => (c.req.path === "/api/health" ? next() : viewerOnly(c, next));

export type AppType = ReturnType<typeof buildApi>;
