import { parseEnv, type Env } from "../config/env.js";
import { openDatabase, type DatabaseHandle } from "../db/client.js";
import { DataDirLockedError } from "../db/lock.js";
import { seedMetrics } from "../domain/entities.js";
import { DEFAULT_FLAG_OPTIONS } from "../domain/flags/recompute.js";
import { heartbeatOf } from "../config/heartbeat.js";
import { markSilentRuns, recoverInterruptedRuns } from "../domain/interrupted-runs.js";
import { IDENTITY_VERSION, upgradeIdentity } from "../domain/rekey.js";

/** Opens, migrates and seeds the configured database; a locked PGlite directory ends the command with its message. */
export async function openConfiguredDatabase(
  purpose: string,
  env: Env = envOrFail(),
  onLocked: (err: DataDirLockedError) => Promise<never> = async (err) => fail(err.message),
): Promise<DatabaseHandle> {
  try {
    const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, purpose });
    await seedMetrics(handle.db);
    // The embedded database is this process's alone: a run still "running" there died with its process.
    if (handle.kind === "pglite") {
      const flags = {
        ...DEFAULT_FLAG_OPTIONS,
        lowConfidence: env.FLAG_LOW_CONFIDENCE,
        defaultTolerance: env.FLAG_TOLERANCE,
      };
      const { runsMarked, changesUndone } = await recoverInterruptedRuns(handle.db, flags);
      if (runsMarked)
        process.stderr.write(
          `${purpose}: marked ${runsMarked} ingest run(s) left running by an ended process as interrupted\n`,
        );
      if (changesUndone)
        process.stderr.write(
          `${purpose}: undid ${changesUndone} row change(s) of a file that an ended process had not finished storing\n`,
        );
    }
    // A server is shared: only a run whose heartbeat stopped is known to be dead.
    if (handle.kind === "postgres") {
      const silent = await markSilentRuns(handle.db, heartbeatOf(env));
      if (silent)
        process.stderr.write(
          `${purpose}: marked ${silent} ingest run(s) whose process stopped answering as interrupted\n`,
        );
    }
    const upgraded = await upgradeIdentity(handle.db);
    if (upgraded?.rekeyed)
      process.stderr.write(
        `${purpose}: ${upgraded.rekeyed} claims keyed again under identity rules v${IDENTITY_VERSION}\n`,
      );
    return handle;
  } catch (err) {
    if (err instanceof DataDirLockedError) return onLocked(err);
    throw err;
  }
}

/**
 * The server reads go to when DATABASE_READ_URL is set (a replica), else null. Nothing is migrated or written
 * there: a streaming replica refuses writes, and it receives the primary's migrations through replication.
 */
export async function openReadDatabase(env: Env): Promise<DatabaseHandle | null> {
  if (!env.DATABASE_READ_URL) return null;
  return openDatabase({ databaseUrl: env.DATABASE_READ_URL, migrate: false });
}

export function fail(message: string, code = 1): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

/** The parsed environment, or the process ends with the variable that is wrong. */
export function envOrFail(): Env {
  try {
    return parseEnv();
  } catch (err) {
    fail((err as Error).message);
  }
}

/** On SIGINT or SIGTERM: close these in order, then exit. */
export function closeOnSignal(...closers: (() => Promise<void>)[]): void {
  const stop = async () => {
    for (const close of closers) await close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
