import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf } from "../../db/client.js";
import { seedMetrics } from "../../domain/entities.js";
import { ingestSources } from "../../domain/ingest.js";
import { markSilentRuns, recoverInterruptedRuns } from "../../domain/interrupted-runs.js";
import { openSource } from "../../domain/read-source.js";
import { ruleExtractor } from "../../extractors/claims/index.js";
import { runCli } from "../helpers/run-cli.js";

// Issue 15, acceptance: kill -9 at random moments, of `npm run ingest` and of the server mid-upload; every
// time the data opens nothing is half-written, runs and temporary files are cleaned, and a re-run completes.
const work = mkdtempSync(join(tmpdir(), "cb-kill-loop-"));
const dataDir = join(work, "data");
// On a PostgreSQL server (CI's second pass) the loop runs in a database of its own, and a killed run is
// known dead by its stopped heartbeat: short here, so the loop need not wait a minute per kill.
const serverUrl = process.env.DATABASE_URL || null;
const loopDb = `cb_kill_loop_${randomBytes(6).toString("hex")}`;
const loopUrl = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${loopDb}` }).toString() : null;
const heartbeat = { everyMs: 500, staleMs: 3000 };
beforeAll(async () => {
  if (!serverUrl) return;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${loopDb}`);
  await admin.end();
});
afterAll(async () => {
  if (!serverUrl) return;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${loopDb} with (force)`);
  await admin.end();
});
// The server's temporary folder, private so that what a killed server leaves there can be seen.
const serverTmp = mkdtempSync(join(work, "tmp-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const datasets = ["ImageNet", "CIFAR-10", "GSM8K", "MATH", "COCO"];
function writeCorpus(name: string, n: number): string {
  const lines = Array.from({ length: n }, (_, i) => {
    const model = `${name.toUpperCase()}-Net-${i}`;
    const d = datasets[i % datasets.length];
    return JSON.stringify({
      title: `Kill loop ${name} paper ${i}`,
      abstract: `We present ${model}. ${model} achieves ${(60 + (i % 37) + 0.1 * (i % 9)).toFixed(1)}% accuracy on ${d}, outperforming prior work.`,
    });
  });
  const path = join(work, `${name}.jsonl`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
const cliFiles = [writeCorpus("alpha", 60), writeCorpus("beta", 60), writeCorpus("gamma", 60)];
const uploadFile = writeCorpus("upload", 150);
const allFiles = [...cliFiles, uploadFile];
const fileName = (path: string) => path.split("/").at(-1)!;

/** Papers and claims each file stores on its own: a file in the database must have exactly these. */
async function expectedPerFile(): Promise<Map<string, { papers: number; claims: number }>> {
  const h = await openDatabase({ dataDir: null });
  await seedMetrics(h.db);
  const out = new Map<string, { papers: number; claims: number }>();
  for (const f of allFiles) {
    const s = await ingestSources(h.db, [{ ...(await openSource(f)), file: fileName(f) }], ruleExtractor, {
      files: [fileName(f)],
    });
    out.set(fileName(f), { papers: s.papersNew, claims: s.claimsStored });
  }
  await h.close();
  return out;
}

/** Opens the data directory as every command does, and checks that each file is there whole or not at all. */
async function checkWhole(expected: Map<string, { papers: number; claims: number }>): Promise<string[]> {
  const h = await openDatabase(
    loopUrl ? { databaseUrl: loopUrl, maxConnections: 2 } : { dataDir, purpose: "kill-loop check" },
  );
  try {
    if (loopUrl) {
      // What the next command or server does when it opens the database, once the killed run fell silent.
      await sleep(heartbeat.staleMs + 500);
      await markSilentRuns(h.db, heartbeat);
    } else await recoverInterruptedRuns(h.db);
    const rows = rowsOf<{ file: string; papers: number; claims: number }>(
      await h.db.execute(sql`select p.source_file as file, count(distinct p.id)::int as papers, count(c.id)::int as claims
        from papers p left join claims c on c.paper_id = p.id group by 1`),
    );
    // The CLI stores the path it was given, the server the upload's name: both end in the file's name.
    for (const r of rows)
      expect(r, `file ${r.file} is half-written`).toEqual({ file: r.file, ...expected.get(fileName(r.file))! });
    const [runs] = rowsOf<{ running: number }>(
      await h.db.execute(sql`select count(*)::int as running from ingest_runs where status = 'running'`),
    );
    expect(runs!.running).toBe(0);
    const [journal] = rowsOf<{ n: number }>(await h.db.execute(sql`select count(*)::int as n from ingest_journal`));
    expect(journal!.n).toBe(0);
    return rows.map((r) => fileName(r.file)).sort();
  } finally {
    await h.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGKILL");
  await once(child, "exit");
}

describe(`kill -9 at random moments (${serverUrl ? "PostgreSQL" : "PGlite"})`, () => {
  it("never leaves a file half-written, a run running or an upload folder behind, and a re-run completes", {
    timeout: 600_000,
  }, async () => {
    const expected = await expectedPerFile();
    let random = 0x9e3779b9;
    const next = () => ((random = (random * 1103515245 + 12345) >>> 0) % 1000) / 1000;
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: loopUrl ?? "",
      CLAIMBOARD_TOKEN: "",
      INGEST_HEARTBEAT_SECONDS: String(heartbeat.everyMs / 1000),
    };
    const kills: string[] = [];
    for (let round = 0; round < 10; round++) {
      if (round % 2 === 0) {
        // The CLI: killed anywhere from its start-up to the end of its last file.
        const child = spawn(process.execPath, ["--import", "tsx", "cli/ingest.ts", ...cliFiles], {
          env: { ...process.env, ...env },
          stdio: "ignore",
        });
        await sleep(1500 + next() * 4000);
        kills.push(`cli after ${child.exitCode === null ? "running" : "exit"}`);
        await kill9(child);
      } else {
        // The server: killed while an upload is being received or stored.
        const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/kill-loop-server.ts"], {
          env: { ...process.env, ...env, TMPDIR: serverTmp },
          stdio: ["ignore", "pipe", "ignore"],
        });
        const [line] = (await once(createInterface({ input: child.stdout! }), "line")) as [string];
        const [url, token] = line.split(" ") as [string, string];
        const upload = fetch(`${url}/api/ingest?format=jsonl&filename=upload.jsonl`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}` },
          body: readFileSync(uploadFile),
        }).catch(() => null);
        await sleep(100 + next() * 2500);
        kills.push("server");
        await kill9(child);
        await upload;
      }
      await checkWhole(expected);
    }
    // The re-runs complete and store every file whole.
    const cli = await runCli("cli/ingest.ts", cliFiles, env);
    expect(cli.code, cli.stderr).toBe(0);
    const server = spawn(process.execPath, ["--import", "tsx", "test/helpers/kill-loop-server.ts"], {
      env: { ...process.env, ...env, TMPDIR: serverTmp },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const [line] = (await once(createInterface({ input: server.stdout! }), "line")) as [string];
    const [url, token] = line.split(" ") as [string, string];
    const res = await fetch(`${url}/api/ingest?format=jsonl&filename=upload.jsonl`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: readFileSync(uploadFile),
    });
    expect(res.status).toBe(200);
    // Upload folders of the killed servers were removed when the next server started.
    expect(readdirSync(serverTmp).filter((n) => n.startsWith("cb-upload-"))).toEqual([]);
    await kill9(server);
    expect(await checkWhole(expected)).toEqual([...expected.keys()].sort());
  });
});
