import { errorResponses } from "../openapi-errors.js";
import { createRoute } from "@hono/zod-openapi";
import { benchmarkVersion, getBenchmark, getLeaderboard, getSeries } from "../../domain/benchmarks.js";
import { listBenchmarks } from "../../domain/benchmark-list.js";
import { dataVersion } from "../../domain/data-version.js";
import { notFound } from "../../domain/errors.js";
import {
  BenchmarkIdParamSchema,
  BenchmarkListSchema,
  BenchmarkQuerySchema,
  BenchmarkSchema,
  LeaderboardQuerySchema,
  LeaderboardSchema,
  SeriesQuerySchema,
  SeriesSchema,
  type BenchmarkList,
  type Leaderboard,
  type Series,
} from "../../contracts/benchmarks.js";
import { versionedJson } from "../versioned-json.js";
import { router } from "../router.js";

const list = createRoute({
  method: "get",
  path: "/benchmarks",
  summary: "Dataset + metric pairs with claim counts, largest first",
  request: { query: BenchmarkQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: BenchmarkListSchema } }, description: "a page of benchmarks" },
    304: { description: "not modified since the ETag the client sent" },
    ...errorResponses({ 400: "invalid query" }),
  },
});

const leaderboard = createRoute({
  method: "get",
  path: "/benchmarks/{id}/leaderboard",
  summary: "Best absolute claim per system (subject + base model), ranked by the metric's direction",
  request: { params: BenchmarkIdParamSchema, query: LeaderboardQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: LeaderboardSchema } }, description: "the leaderboard" },
    304: { description: "not modified since the ETag the client sent" },
    ...errorResponses({ 404: "no such benchmark" }),
  },
});

const series = createRoute({
  method: "get",
  path: "/benchmarks/{id}/series",
  summary: "Every absolute claim of the benchmark with its paper date, for best-over-time charts",
  request: { params: BenchmarkIdParamSchema, query: SeriesQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: SeriesSchema } }, description: "the points" },
    304: { description: "not modified since the ETag the client sent" },
    ...errorResponses({ 404: "no such benchmark" }),
  },
});

const one = createRoute({
  method: "get",
  path: "/benchmarks/{id}",
  summary: "One benchmark with its counts",
  request: { params: BenchmarkIdParamSchema },
  responses: {
    200: { content: { "application/json": { schema: BenchmarkSchema } }, description: "the benchmark" },
    ...errorResponses({ 404: "no such benchmark" }),
  },
});

export const benchmarkRoutes = router()
  .openapi(list, async (c) => {
    // Counting every board's claims takes ~200 ms at 60,000 claims: pages are cached under the claims data version.
    const query = c.req.valid("query");
    const version = await dataVersion(c.var.db, "claims");
    return versionedJson<BenchmarkList>(
      c,
      "bl",
      `bl\u0000${JSON.stringify(query)}`,
      version,
      c.var.caches.claimLists,
      () => listBenchmarks(c.var.db, query),
    );
  })
  .openapi(one, async (c) => c.json(await getBenchmark(c.var.db, c.req.valid("param").id), 200))
  .openapi(leaderboard, async (c) => {
    const { id } = c.req.valid("param");
    const filter = c.req.valid("query");
    const version = await benchmarkVersion(c.var.db, id);
    if (version === null) throw notFound(`benchmark ${id}`);
    const scope = filter.entries ?? "trusted";
    const past = filter.asOf || filter.knownAt ? `\u0000${filter.asOf ?? ""}\u0000${filter.knownAt ?? ""}` : "";
    const key =
      filter.model || filter.method || filter.tier || scope !== "trusted" || past
        ? `${id}\u0000${filter.model ?? ""}\u0000${filter.method ?? ""}\u0000${scope}\u0000${filter.tier ?? ""}${past}`
        : id;
    return versionedJson<Leaderboard>(c, "lb", key, version, c.var.caches.leaderboards, () =>
      getLeaderboard(c.var.db, id, filter),
    );
  })
  .openapi(series, async (c) => {
    // Cached like the leaderboard, under the same version: the trusted filter costs ~200 ms on a 175-claim board.
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    const version = await benchmarkVersion(c.var.db, id);
    if (version === null) throw notFound(`benchmark ${id}`);
    return versionedJson<Series>(
      c,
      "series",
      `series\u0000${id}\u0000${query.entries ?? "trusted"}`,
      version,
      c.var.caches.leaderboards,
      () => getSeries(c.var.db, id, query),
    );
  });
