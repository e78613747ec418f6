import { parseArgs } from "node:util";
import { ingestSources, type SourceBatch } from "../domain/ingest.js";
import { sendToServer } from "./send-to-server.js";
import { formatSummary } from "./summary.js";
import { extractorOf } from "../config/extractor.js";
import { flagOptionsOf } from "../config/flag-options.js";
import { heartbeatOf } from "../config/heartbeat.js";
import { SOURCE_FORMATS, type SourceFormat } from "../extractors/sources/index.js";
import { envOrFail, fail, openConfiguredDatabase } from "./open-db.js";
import { stat } from "node:fs/promises";
import { IngestProgress } from "./progress.js";
import { openSource } from "../domain/read-source.js";

const USAGE = `usage: npm run -s ingest -- [--format ${SOURCE_FORMATS.join("|")}] [--source ID] [--dry-run] [--json] FILE...
  --source ID  what the one FILE is (a leaderboard export, a model card): a later import under the same ID
               updates its cells and removes the ones it no longer has; without it nothing is ever removed`;

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: "string" },
        source: { type: "string" },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        help: { type: "boolean" },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (files.length === 0) fail(`no FILE given\n${USAGE}`, 2);
  const format = values.format as SourceFormat | undefined;
  if (format !== undefined && !SOURCE_FORMATS.includes(format)) fail(`unknown --format ${format}\n${USAGE}`, 2);
  const sourceId = values.source?.trim() || undefined;
  if (values.source !== undefined && (!sourceId || sourceId.length > 200))
    fail(`--source needs an id of 1 to 200 characters\n${USAGE}`, 2);
  // One id names one source: two files under it would each remove the other's cells.
  if (sourceId && files.length > 1) fail(`--source names one file; got ${files.length}\n${USAGE}`, 2);

  const env = envOrFail();
  const handle = await openConfiguredDatabase("npm run ingest", env, async (locked) => {
    // The server holds the embedded database: hand it the files instead.
    const token = env.CLAIMBOARD_TOKEN;
    if (!locked.url || !token) fail(locked.message);
    await sendToServer(locked.url, token, files, {
      format,
      sourceId,
      dryRun: values["dry-run"] ?? false,
      json: values.json ?? false,
    });
    process.exit(0);
  });
  // A missing file counts 0 bytes here; openSource then stops the run with its own message.
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const progress = new IngestProgress({
    totalBytes: sizes.reduce((a, b) => a + b, 0),
    // CI runners may hand over a pseudo-terminal; their logs want plain lines, not redrawn bars.
    tty: process.stderr.isTTY === true && !env.CI,
    out: process.stderr,
  });
  try {
    async function* sources(): AsyncGenerator<SourceBatch> {
      for (const file of files) {
        const source = await openSource(file, format);
        progress.startFile(source);
        yield { ...source, sourceId: sourceId ?? null };
      }
    }
    let summary;
    try {
      summary = await ingestSources(handle.db, sources(), extractorOf(env), {
        dryRun: values["dry-run"] ?? false,
        files,
        flags: flagOptionsOf(env),
        heartbeat: heartbeatOf(env),
        onProgress: (counts) => progress.update(counts),
        // An embedded database is this command's alone (its lock keeps the server out): no reads to let in.
        alone: handle.kind === "pglite",
      });
    } finally {
      progress.stop();
    }
    console.log(values.json ? JSON.stringify(summary) : formatSummary(summary));
    // For benchmarks: how long the whole command took and its peak memory.
    if (env.CLAIMBOARD_STATS) {
      process.stderr.write(
        `${JSON.stringify({ elapsedMs: Math.round(performance.now()), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
      );
    }
  } catch (err) {
    fail((err as Error).message);
  } finally {
    await handle.close();
  }
}

await main();
