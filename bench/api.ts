/**
 * API under load at scale.
 *
 *   npm run bench:api            (starts a private PostgreSQL server; or set DATABASE_URL to an empty database)
 *
 * Seeds 1,000,000 claims over 10,000 benchmarks into PostgreSQL, starts the API in a child process,
 * then measures with autocannon (10 s each, 50 connections) GET /api/health (the ceiling), a
 * leaderboard, a filtered claims list and search, and prints req/s and latency percentiles.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf } from "../db/client.js";
import { startPrivatePostgres } from "../test/helpers/pg-server.js";
import { seedScale } from "./seed-scale.js";
import { claimListSql } from "../domain/claims.js";
import { encodeCursor } from "../domain/cursor.js";
import { parseBenchEnv } from "../config/bench-env.js";
import { parseEnv } from "../config/env.js";

const env = parseEnv();
const bench = parseBenchEnv();
const CLAIMS = bench.BENCH_CLAIMS;
const BENCHMARKS = bench.BENCH_BENCHMARKS;
const DURATION = bench.BENCH_SECONDS;
// Concurrent connections; autocannon shares the 2 cores with the API and PostgreSQL.
const CONNECTIONS = bench.BENCH_CONNECTIONS;

const claimPage = (dataset: number) => `/api/claims?metric=accuracy&dataset=Dataset-${dataset}&limit=50`;
// Never repeats, across connection counts too: every "uncached" request is a page the cache has not seen.
let uncached = 0;

const server = env.DATABASE_URL ? null : await startPrivatePostgres();
const url = env.DATABASE_URL ?? server!.url;
try {
  const handle = await openDatabase({ databaseUrl: url });
  const t0 = performance.now();
  await seedScale(handle.db, {
    claims: CLAIMS,
    benchmarks: BENCHMARKS,
    papers: 100_000,
    subjects: 20_000,
    datasets: 1_000,
  });
  const seeded = rowsOf<{ claims: number; benchmarks: number }>(
    await handle.db.execute(
      sql`select (select count(*) from claims)::int as claims, (select count(*) from benchmarks)::int as benchmarks`,
    ),
  )[0]!;
  console.log(
    `seeded ${seeded.claims.toLocaleString()} claims over ${seeded.benchmarks.toLocaleString()} benchmarks in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const ids = rowsOf<{ id: string }>(
    await handle.db.execute(sql`select id from benchmarks order by random() limit 200`),
  ).map((r) => r.id);
  const plan = rowsOf<{ "QUERY PLAN": string }>(
    await handle.db.execute(
      sql.raw(
        `explain analyze select distinct on (subject_id) id, subject_id, value from claims where benchmark_id = '${ids[0]!.replace(/'/g, "''")}' and kind = 'absolute' and subject_id is not null order by subject_id, value desc`,
      ),
    ),
  );
  console.log(`\nEXPLAIN ANALYZE (leaderboard core):\n${plan.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}\n`);
  // The claim list as the API prepares it, executed the way a prepared statement is (its plan built once).
  await handle.db.execute(sql.raw(`prepare claims_page as ${claimListSql(handle.db, ["metric", "dataset"])}`));
  const listPlan = rowsOf<{ "QUERY PLAN": string }>(
    await handle.db.execute(sql.raw(`explain analyze execute claims_page('accuracy', '{dataset7}', 51)`)),
  );
  console.log(
    `EXPLAIN ANALYZE (claims?metric=accuracy&dataset=Dataset-7, prepared):\n${listPlan.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}\n`,
  );
  await handle.close();

  const child = spawn(process.execPath, ["--import", "tsx", "bench/api-server.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [first] = (await once(child.stdout, "data")) as [Buffer];
  const [base = "", ...early] = first.toString().split("\n");
  // The rest of its stdout is the request log, read as a log shipper would; counted as a check.
  let logLines = early.filter(Boolean).length;
  child.stdout.on("data", (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) logLines++;
  });
  // Keep-alive sockets the server drops at shutdown are not a result.
  process.on("uncaughtException", (err: NodeJS.ErrnoException) => {
    if (err.code !== "ECONNRESET") throw err;
  });
  try {
    // Warm-up: one leaderboard request per benchmark in rotation, so the table measures the steady state
    // (answers cached per process and validated against the data version) rather than first builds.
    for (const id of ids) await fetch(`${base}/api/benchmarks/${id}/leaderboard`).then((r) => r.arrayBuffer());
    for (let d = 1; d <= 1000; d++) await fetch(`${base}${claimPage(d)}`).then((r) => r.arrayBuffer());
    console.log(`warmed up ${ids.length} leaderboards and 1,000 claim pages`);
    const cases: [string, (i: number) => string][] = [
      ["GET /api/health (ceiling)", () => "/api/health"],
      ["GET /api/benchmarks/:id/leaderboard", (i) => `/api/benchmarks/${ids[i % ids.length]}/leaderboard`],
      ["GET /api/claims?metric=&dataset= (filtered)", (i) => claimPage((i % 1000) + 1)],
      // A cursor no request repeats: every page is built from the database, the cache never hits.
      [
        "GET /api/claims?metric=&dataset=&cursor= (uncached)",
        (i) => `${claimPage((i % 1000) + 1)}&cursor=${encodeCursor([uncached++])}`,
      ],
      ["GET /api/search?q=", (i) => `/api/search?q=Model-${(i % 20000) + 1}`],
      ["GET /api/papers?q= (title words)", (i) => `/api/papers?q=paper%20${i % 100000}&limit=20`],
    ];
    console.log("| endpoint | connections | req/s | p50 ms | p90 ms | p99 ms | errors + non-2xx |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const connections of CONNECTIONS) {
      for (const [label, path] of cases) {
        let i = 0;
        const result = await autocannon({
          url: base,
          connections,
          duration: DURATION,
          requests: [{ setupRequest: (req) => ({ ...req, path: path(i++) }) }],
        });
        console.log(
          `| ${label} | ${connections} | ${Math.round(result.requests.average).toLocaleString()} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${result.errors + result.timeouts + result.non2xx} |`,
        );
      }
    }
    console.log(`\nrequest log: ${logLines.toLocaleString()} JSON lines (LOG_LEVEL=${env.LOG_LEVEL})`);
  } finally {
    child.kill("SIGTERM");
  }
} finally {
  server?.destroy();
}
