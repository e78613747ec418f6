/**
 * End-to-end ingest into PostgreSQL: `npm run bench:ingest` (a private server is started; or set DATABASE_URL).
 *
 * Writes 100,000 synthetic abstracts (recombined corpus sentences) as JSON Lines, then times the real
 * CLI, `npm run ingest`, in its own process: parse, extract, store, flag. Prints abstracts/s and the
 * process's peak RSS, then re-runs it to show that an unchanged re-ingest writes nothing.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { startPrivatePostgres } from "../test/helpers/pg-server.js";
import { corpusSentences, syntheticPapers } from "./synthetic.js";
import { parseBenchEnv } from "../config/bench-env.js";
import { parseEnv } from "../config/env.js";

const env = parseEnv();
const COUNT = parseBenchEnv().BENCH_ABSTRACTS;
const file = join(mkdtempSync(join(tmpdir(), "cb-bench-ingest-")), "synthetic.jsonl");
const out = createWriteStream(file);
for (const p of syntheticPapers(COUNT, corpusSentences())) {
  if (!out.write(`${JSON.stringify(p)}\n`)) await once(out, "drain");
}
out.end();
await once(out, "finish");

const server = env.DATABASE_URL ? null : await startPrivatePostgres();
const url = env.DATABASE_URL ?? server!.url;

function ingest(): Promise<{ summary: Record<string, unknown>; elapsedMs: number; maxRssMB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "cli/ingest.ts", "--json", file], {
      env: { ...process.env, DATABASE_URL: url, CLAIMBOARD_STATS: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`ingest failed (${code}): ${stderr}`));
      const stats = JSON.parse(stderr.trim().split("\n").at(-1)!) as { elapsedMs: number; maxRssMB: number };
      resolve({ summary: JSON.parse(stdout), ...stats });
    });
  });
}

try {
  console.log(`${COUNT.toLocaleString("en")} synthetic abstracts -> ${file}`);
  const first = await ingest();
  const s = first.summary as { papersNew: number; claimsInserted: number };
  console.log(
    `first ingest: ${s.papersNew.toLocaleString("en")} papers, ${s.claimsInserted.toLocaleString("en")} claims in ${(first.elapsedMs / 1000).toFixed(1)} s ` +
      `-> ${Math.round(COUNT / (first.elapsedMs / 1000)).toLocaleString("en")} abstracts/s end to end, peak RSS ${first.maxRssMB} MB`,
  );
  const again = await ingest();
  const a = again.summary as { papersUnchanged: number; claimsInserted: number };
  console.log(
    `re-ingest: ${a.papersUnchanged.toLocaleString("en")} unchanged, ${a.claimsInserted} new claims, ${(again.elapsedMs / 1000).toFixed(1)} s, peak RSS ${again.maxRssMB} MB`,
  );
} finally {
  server?.destroy();
}
