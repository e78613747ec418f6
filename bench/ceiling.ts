/**
 * `npm run bench:ceiling`: cached reads against the ceiling of the HTTP stack. Starts a bare Hono JSON
 * route (bench/bare-server.ts) and the real server (bench/ceiling-server.ts: request logs on, as
 * `npm start`), each in its own process, warms the caches, then runs autocannon against both in turn,
 * bare and real alternating for every endpoint, and prints req/s, p50/p99 and real ÷ bare measured in
 * the same run.
 *
 * PGlite (default): a fresh data directory with the sample corpus, or a copy of BENCH_DATA_DIR.
 * PostgreSQL: DATABASE_URL (an empty database gets the sample corpus).
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseBenchEnv } from "../config/bench-env.js";
import { parseEnv } from "../config/env.js";

const env = parseEnv();
const bench = parseBenchEnv();
const SECONDS = bench.BENCH_CEILING_SECONDS;
const ROUNDS = bench.BENCH_CEILING_ROUNDS;
const CONNECTIONS = 10;
const BOARDS = 20;

// Keep-alive sockets the servers drop at shutdown are not a result.
process.on("uncaughtException", (err: NodeJS.ErrnoException) => {
  if (err.code !== "ECONNRESET") throw err;
});

/** Starts `script` under tsx; resolves with its URL, read from the stdout line `prefix<url>`. The rest of stdout is counted. */
async function start(
  script: string,
  extraEnv: NodeJS.ProcessEnv,
  prefix: string,
): Promise<{ child: ChildProcess; url: string; lines: () => number }> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...extraEnv },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let lines = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code} before listening`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      lines++;
      if (line.startsWith(prefix)) resolve(line.slice(prefix.length).trim());
    });
  });
  return { child, url, lines: () => lines };
}

let dataDir: string | null = null;
const serverEnv: NodeJS.ProcessEnv = { LOG_LEVEL: process.env.LOG_LEVEL ?? "info" };
if (!env.DATABASE_URL) {
  dataDir = mkdtempSync(join(tmpdir(), "cb-ceiling-"));
  if (bench.BENCH_DATA_DIR)
    cpSync(bench.BENCH_DATA_DIR, dataDir, { recursive: true, filter: (src) => !src.endsWith(".lock") });
  serverEnv.DATA_DIR = dataDir;
}
const bare = await start("bench/bare-server.ts", {}, "listening ");
const t0 = performance.now();
const real = await start("bench/ceiling-server.ts", serverEnv, "listening ");
const database = env.DATABASE_URL
  ? "PostgreSQL"
  : `PGlite (${bench.BENCH_DATA_DIR ? `copy of ${bench.BENCH_DATA_DIR}` : "sample corpus"})`;
console.log(`server ready on ${database} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

interface Run {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  bad: number;
}

async function measure(base: string, path: (i: number) => string): Promise<Run> {
  let i = 0;
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ setupRequest: (req) => ({ ...req, path: path(i++) }) }],
  });
  return {
    requests: r.requests.total,
    seconds: r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bad: r.errors + r.timeouts + r.non2xx,
  };
}

try {
  const list = (await (await fetch(`${real.url}/api/benchmarks?limit=${BOARDS}`)).json()) as {
    items: { id: string; metric: string; dataset: string }[];
  };
  const boards = list.items;
  if (boards.length === 0) throw new Error("the database has no benchmarks to read");
  const at = <T>(xs: T[], i: number) => xs[i % xs.length]!;
  const cases: [string, (i: number) => string][] = [
    ["GET /api/benchmarks/:id/leaderboard", (i) => `/api/benchmarks/${at(boards, i).id}/leaderboard`],
    [
      "GET /api/claims?metric=&dataset=",
      (i) =>
        `/api/claims?metric=${encodeURIComponent(at(boards, i).metric)}&dataset=${encodeURIComponent(at(boards, i).dataset)}&limit=50`,
    ],
    ["GET /embed/benchmarks/:id.svg", (i) => `/embed/benchmarks/${at(boards, i).id}.svg`],
    ["GET /embed/benchmarks/:id.png", (i) => `/embed/benchmarks/${at(boards, i).id}.png`],
    ["GET /api/health", () => "/api/health"],
  ];
  // Warm-up: every path twice (a URL is kept stamped from its second answer), so the table measures cached
  // reads, and the JIT of both servers.
  for (let pass = 0; pass < 2; pass++)
    for (const [, path] of cases)
      for (let i = 0; i < boards.length; i++) await fetch(`${real.url}${path(i)}`).then((r) => r.arrayBuffer());
  await measure(bare.url, () => "/bare");
  await measure(real.url, (i) => cases[0]![1](i));
  console.log(
    `${boards.length} benchmarks in rotation, ${CONNECTIONS} connections, ${SECONDS} s a run, ${ROUNDS} bare/real pair(s) per endpoint\n`,
  );
  console.log("| endpoint | req/s | p50 ms | p99 ms | bare req/s | ratio (median of pairs) | errors + non-2xx |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  // Rounds outside, endpoints inside: a burst of load from elsewhere on the machine spreads over all of them.
  const runs = cases.map(() => ({ bare: [] as Run[], real: [] as Run[] }));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [k, [, path]] of cases.entries()) {
      // Alternating, and in both orders, so neither side always runs after the other on a noisy machine.
      const order = r % 2 === 0 ? (["bare", "real"] as const) : (["real", "bare"] as const);
      for (const side of order)
        runs[k]![side].push(side === "bare" ? await measure(bare.url, () => "/bare") : await measure(real.url, path));
    }
  }
  const rate = (xs: Run[]) => xs.reduce((s, x) => s + x.requests, 0) / xs.reduce((s, x) => s + x.seconds, 0);
  const worst = (xs: Run[], k: "p50" | "p99") => Math.max(...xs.map((x) => x[k]));
  for (const [k, [label]] of cases.entries()) {
    const { bare: b, real: r } = runs[k]!;
    const bad = [...b, ...r].reduce((s, x) => s + x.bad, 0);
    // The median of the pairs' ratios: a pair is measured back to back, so a burst of load from elsewhere
    // that hits one pair does not move the figure as it moves the totals.
    const ratios = r.map((x, i) => x.requests / x.seconds / (b[i]!.requests / b[i]!.seconds)).sort((x, y) => x - y);
    const ratio = ratios[Math.floor(ratios.length / 2)]!;
    console.log(
      `| \`${label}\` | ${Math.round(rate(r)).toLocaleString("en-US")} | ${worst(r, "p50")} | ${worst(r, "p99")} | ${Math.round(rate(b)).toLocaleString("en-US")} | ${(ratio * 100).toFixed(0)}% | ${bad} |`,
    );
  }
  console.log(
    `\nrequest log: ${real.lines().toLocaleString("en-US")} stdout lines from the server (LOG_LEVEL=${serverEnv.LOG_LEVEL})`,
  );
} finally {
  bare.child.kill("SIGTERM");
  real.child.kill("SIGTERM");
  await new Promise((r) => real.child.once("exit", r));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
