import { OpenAPIHono } from "@hono/zod-openapi";
import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Database, DatabaseKind } from "../db/client.js";
import type { AppEnv } from "./context.js";
import { errorResponse, onError } from "./errors.js";
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from "../domain/flags/recompute.js";
import { benchmarkRoutes } from "./routes/benchmarks.js";
import { flagRoutes } from "./routes/flags.js";
import { reviewRoutes } from "./routes/review.js";
import { claimRoutes } from "./routes/claims.js";
import { healthRoutes } from "./routes/health.js";
import { paperRoutes } from "./routes/papers.js";

export interface AppDeps {
  db: Database;
  dbKind: DatabaseKind;
  /** Built dashboard (vite output) to serve at `/`; omitted in API-only tests. */
  webDist?: string | null;
  flagOptions?: FlagOptions;
}

function buildApi() {
  return new OpenAPIHono<AppEnv>()
    .route("/", healthRoutes)
    .route("/", paperRoutes)
    .route("/", claimRoutes)
    .route("/", benchmarkRoutes)
    .route("/", flagRoutes)
    .route("/", reviewRoutes);
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.use("*", requestId());
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "same-site" }));
  app.use("*", async (c, next) => {
    c.set("db", deps.db);
    c.set("dbKind", deps.dbKind);
    c.set("flagOptions", deps.flagOptions ?? DEFAULT_FLAG_OPTIONS);
    await next();
  });
  const api = buildApi();
  const routed = app.route("/api", api);
  api.doc31("/openapi.json", { openapi: "3.1.0", info: { title: "Claimboard API", version: "0.1.0" } });

  app.notFound((c) => errorResponse(c, 404, "NOT_FOUND", `no route for ${c.req.method} ${c.req.path}`));
  app.onError(onError);

  if (deps.webDist && existsSync(join(deps.webDist, "index.html"))) {
    const root = relative(process.cwd(), deps.webDist) || ".";
    const indexHtml = readFileSync(join(deps.webDist, "index.html"), "utf8");
    app.use("/assets/*", serveStatic({ root, onFound: (_p, c) => c.header("Cache-Control", "public, max-age=31536000, immutable") }));
    app.use("*", serveStatic({ root }));
    // Client-side routes (/benchmarks/x, /papers/1) all load the single-page app.
    app.get("*", (c) => (c.req.path.startsWith("/api/") ? errorResponse(c, 404, "NOT_FOUND", `no route for GET ${c.req.path}`) : c.html(indexHtml)));
  }
  return routed;
}

export type AppType = ReturnType<typeof buildApi>;
