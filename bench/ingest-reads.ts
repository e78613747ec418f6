/**
 * Reads during a large upload on the embedded database: `npm run bench:ingest-reads`.
 *
 * A server on a fresh PGlite data directory runs in a child process (so the readers' own clock is not
 * held up by the server's work); it holds a small corpus with leaderboards. This process uploads
 * BENCH_ABSTRACTS (default 40,000) synthetic abstracts as JSON Lines through `POST /api/ingest` and,
 * while the upload runs, requests `GET /api/health` and one leaderboard every BENCH_INTERVAL_MS (50) each. The same reads run
 * for 10 s before the upload as a control. Prints p50/p99/max of each, over the requests sent in each phase.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { corpusSentences, syntheticPapers } from "./synthetic.js";

const COUNT = Number(process.env.BENCH_ABSTRACTS ?? 40_000);
// Two corpus sentences per abstract: 40,000 of them make an upload of about 12 MB, inside the default limit.
const SENTENCES = Number(process.env.BENCH_SENTENCES ?? 2);

if (process.argv[2] === "--serve") await serve(process.argv[3]!);
else await main();

/** The child: opens the data directory, seeds a leaderboard, prints `url token benchmarkId`, serves. */
async function serve(dataDir: string): Promise<void> {
  const { openDatabase } = await import("../db/client.js");
  const { seedMetrics } = await import("../domain/entities.js");
  const { ingestSources } = await import("../domain/ingest.js");
  const { openSource } = await import("../domain/read-source.js");
  const { ruleExtractor } = await import("../extractors/claims/index.js");
  const { createToken } = await import("../domain/tokens.js");
  const { listen } = await import("../api/server.js");
  const { sql } = await import("drizzle-orm");
  const { rowsOf } = await import("../db/client.js");
  const handle = await openDatabase({ dataDir, purpose: "bench:ingest-reads" });
  await seedMetrics(handle.db);
  const sample = "data/daily-papers";
  const files = (await import("node:fs"))
    .readdirSync(sample)
    .filter((f) => f.endsWith(".txt"))
    .slice(0, 3);
  for (const f of files)
    await ingestSources(handle.db, [await openSource(join(sample, f))], ruleExtractor, { files: [f] });
  const [top] = rowsOf<{ id: string }>(
    await handle.db.execute(
      sql`select benchmark_id as id from claims where benchmark_id is not null and kind = 'absolute' group by 1 order by count(*) desc limit 1`,
    ),
  );
  const token = await createToken(handle.db, "reviewer", "bench");
  const server = await listen(
    { db: handle.db, dbKind: handle.kind, config: { ingestMaxBytes: 200e6 } },
    0,
    "127.0.0.1",
  );
  process.stdout.write(`${server.url} ${token.token} ${top!.id}\n`);
  process.on("SIGTERM", async () => {
    await server.close();
    await handle.close();
    process.exit(0);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "cb-bench-ingest-reads-"));
  const file = join(work, "synthetic.jsonl");
  const out = createWriteStream(file);
  for (const p of syntheticPapers(COUNT, corpusSentences())) {
    const abstract = p.abstract
      .split(/(?<=[.!?])\s+(?=[A-Z])/)
      .slice(0, SENTENCES)
      .join(" ");
    if (!out.write(`${JSON.stringify({ title: p.title, abstract })}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  const bytes = statSync(file).size;

  const child = spawn(process.execPath, ["--import", "tsx", "bench/ingest-reads.ts", "--serve", join(work, "data")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [line] = (await once(createInterface({ input: child.stdout }), "line")) as [string];
  const [url, token, benchmarkId] = line.split(" ") as [string, string, string];

  // Open loop: a request every INTERVAL ms whatever the last one is doing, each timed from when it was
  // due, so a stalled server shows as many slow reads rather than one (no coordinated omission).
  const INTERVAL = Number(process.env.BENCH_INTERVAL_MS ?? 50);
  const IDLE_MS = 10_000;
  let uploading = true;
  const inFlight: Promise<void>[] = [];
  const loop = async (path: string, into: number[]) => {
    for (let due = performance.now(); uploading; due += INTERVAL) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const start = due;
      inFlight.push(
        fetch(`${url}${path}`).then(async (res) => {
          await res.arrayBuffer();
          if (!res.ok) throw new Error(`${path}: ${res.status}`);
          into.push(performance.now() - start);
        }),
      );
    }
  };
  const boardPath = `/api/benchmarks/${encodeURIComponent(benchmarkId)}/leaderboard`;
  // The same reads with no upload first: what this machine gives anyway (other jobs share its cores).
  const idleHealth: number[] = [];
  const idleBoard: number[] = [];
  const idle = [loop("/api/health", idleHealth), loop(boardPath, idleBoard)];
  await new Promise((r) => setTimeout(r, IDLE_MS));
  uploading = false;
  await Promise.all(idle);
  await Promise.all(inFlight.splice(0));
  uploading = true;

  const health: number[] = [];
  const board: number[] = [];
  const readers = [loop("/api/health", health), loop(boardPath, board)];
  const t0 = performance.now();
  // node:http, not fetch: fetch gives up on an answer that takes over 300 s, and a large upload may.
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${url}/api/ingest?format=jsonl&filename=synthetic.jsonl`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (d) => (text += d)).on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(readFileSync(file));
  });
  const res = { status };
  const summary = JSON.parse(body) as { papersNew?: number; claimsStored?: number };
  const uploadMs = performance.now() - t0;
  uploading = false;
  await Promise.all(readers);
  await Promise.all(inFlight);
  child.kill("SIGTERM");
  await once(child, "exit");
  rmSync(work, { recursive: true, force: true });

  console.log(
    `upload: ${COUNT} abstracts, ${(bytes / 1e6).toFixed(1)} MB, status ${res.status}, ${summary.papersNew} papers and ${summary.claimsStored} claims stored in ${(uploadMs / 1000).toFixed(1)} s`,
  );
  const rows = [
    ["GET /api/health, no upload", idleHealth],
    ["GET /api/benchmarks/:id/leaderboard, no upload", idleBoard],
    ["GET /api/health during the upload", health],
    ["GET /api/benchmarks/:id/leaderboard during the upload", board],
  ] as const;
  for (const [name, xs] of rows) {
    const s = [...xs].sort((a, b) => a - b);
    console.log(
      `${name.padEnd(54)} n=${String(s.length).padStart(5)}  p50 ${percentile(s, 50).toFixed(1)} ms  p99 ${percentile(s, 99).toFixed(1)} ms  max ${(s.at(-1) ?? NaN).toFixed(1)} ms`,
    );
  }
}
