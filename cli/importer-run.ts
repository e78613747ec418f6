import { parseArgs, type ParseArgsConfig } from "node:util";
import type { DatabaseHandle } from "../db/client.js";
import type { ImportRound } from "../domain/importers/arxiv.js";
import { PoliteFetcher } from "../domain/importers/polite-fetch.js";
import { parseDuration, watch } from "../domain/importers/watch.js";
import { fail } from "./open-db.js";
import { formatSummary } from "./summary.js";

const USER_AGENT = "Claimboard/0.1 (benchmark-claims tracker)";

/** The fetcher every importer command uses; --contact adds a mailto the source can write to. */
export function politeFetcher(minIntervalMs: number, contact: string | undefined): PoliteFetcher {
  return new PoliteFetcher({
    userAgent: contact ? `${USER_AGENT} mailto:${contact}` : USER_AGENT,
    minIntervalMs,
    onRetry: ({ attempt, delayMs, reason }) =>
      process.stderr.write(`  ${reason}: retry ${attempt} in ${Math.round(delayMs / 1000)} s\n`),
  });
}

// The options every importer command takes besides its own.
const COMMON_OPTIONS = {
  watch: { type: "boolean" },
  every: { type: "string" },
  "base-url": { type: "string" },
  contact: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean" },
} as const;

/** The command line of an importer: its own options plus the common ones; bad flags end the command with the usage. */
export function parseImporterArgs<O extends NonNullable<ParseArgsConfig["options"]>>(own: O, usage: string) {
  try {
    return parseArgs({ options: { ...own, ...COMMON_OPTIONS } }).values;
  } catch (err) {
    fail(`${(err as Error).message}\n${usage}`, 2);
  }
}

export function durationOrFail(text: string | undefined, fallback: string, usage: string): number {
  const ms = parseDuration(text ?? fallback);
  if (ms === null) fail(`--every wants a duration like 90s, 30m, 1h; got ${text}\n${usage}`, 2);
  return ms;
}

/**
 * Runs one round, or rounds on a schedule with --watch, printing each round's summary (JSON with --json).
 * Without --watch a failed round ends the command with status 1; with it the loop goes on.
 */
export async function runRounds(
  handle: DatabaseHandle,
  o: { name: string; watch: boolean; everyMs: number; json: boolean; round: () => Promise<ImportRound> },
) {
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write(
      `${o.name}: stopping after this round (Ctrl-C again to quit now; the current batch is then rolled back)\n`,
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const once = async (n: number) => {
    process.stderr.write(`${o.name}: round ${n} at ${new Date().toISOString()}\n`);
    const r = await o.round();
    console.log(
      o.json
        ? JSON.stringify({ round: n, entries: r.entries, resumeAt: r.resumeAt, ...r.summary })
        : `${formatSummary(r.summary)}\nread ${r.entries} entries; next round resumes at ${r.resumeAt || "the start"}`,
    );
  };
  try {
    if (!o.watch) {
      try {
        await once(1);
      } catch (err) {
        fail(`${o.name}: ${(err as Error).message} (what was committed before it is kept; run again to resume)`);
      }
      return;
    }
    await watch(once, {
      everyMs: o.everyMs,
      log: (l) => process.stderr.write(`${o.name}: ${l}\n`),
      stopped: () => stopping,
    });
  } finally {
    await handle.close();
  }
}
