import { parseArgs, type ParseArgsConfig } from "node:util";
import { extractorOf } from "../config/extractor.js";
import { flagOptionsOf } from "../config/flag-options.js";
import type { Database, DatabaseHandle } from "../db/client.js";
import type { ArxivImportOptions, ImportRound } from "../domain/importers/arxiv.js";
import { PoliteFetcher } from "../domain/importers/polite-fetch.js";
import { parseDuration, watch } from "../domain/importers/watch.js";
import { envOrFail, fail, openConfiguredDatabase } from "./open-db.js";
import { formatSummary } from "./summary.js";

const USER_AGENT = "Claimboard/0.1 (benchmark-claims tracker)";

/** The fetcher every importer command uses; --contact adds a mailto the source can write to. */
function politeFetcher(minIntervalMs: number, contact: string | undefined): PoliteFetcher {
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

function durationOrFail(text: string | undefined, fallback: string, usage: string): number {
  const ms = parseDuration(text ?? fallback);
  if (ms === null) fail(`--every wants a duration like 90s, 30m, 1h; got ${text}\n${usage}`, 2);
  return ms;
}

/** What every importer's round is given besides its own options. */
type CommonRoundOptions = Required<Pick<ArxivImportOptions, "baseUrl" | "fetcher" | "extractor" | "flags" | "log">>;

/**
 * An importer command after its own options are checked: --every, then the configuration and the
 * database, then its rounds (see runRounds), each given the fetcher (at most one request every
 * `minIntervalMs`), the configured extractor and flag options, --base-url or `defaultBaseUrl`, and a log
 * to stderr.
 */
export async function runImporter(
  values: { every?: string; "base-url"?: string; contact?: string; watch?: boolean; json?: boolean },
  o: {
    name: string;
    usage: string;
    minIntervalMs: number;
    defaultBaseUrl: string;
    round: (db: Database, common: CommonRoundOptions) => Promise<ImportRound>;
  },
) {
  const everyMs = durationOrFail(values.every, "1h", o.usage);
  const env = envOrFail();
  const handle = await openConfiguredDatabase(`npm run ${o.name}`, env);
  const fetcher = politeFetcher(o.minIntervalMs, values.contact);
  await runRounds(handle, {
    name: o.name,
    watch: values.watch ?? false,
    everyMs,
    json: values.json ?? false,
    round: () =>
      o.round(handle.db, {
        baseUrl: values["base-url"] ?? o.defaultBaseUrl,
        fetcher,
        extractor: extractorOf(env),
        flags: flagOptionsOf(env),
        log: (line) => process.stderr.write(`${line}\n`),
      }),
  });
}

/**
 * Runs one round, or rounds on a schedule with --watch, printing each round's summary (JSON with --json).
 * Without --watch a failed round ends the command with status 1; with it the loop goes on.
 */
async function runRounds(
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
