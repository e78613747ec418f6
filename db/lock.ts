import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite has no lock across processes: two processes on one data directory corrupt it silently.
 * An exclusive lock file holding the owner's pid guards the directory; a stale one (dead pid) is taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly purpose: string,
    /** Where the holder serves the API, when it is the server. */
    readonly url: string | null = null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (${purpose}${url ? ` at ${url}` : ""}). ` +
        `Stop that process first, or send the work to the running server (POST /api/ingest; npm run ingest does it ` +
        `when CLAIMBOARD_TOKEN holds a reviewer token), or set DATABASE_URL to use a PostgreSQL server that many processes can share.`,
    );
    this.name = "DataDirLockedError";
  }
}

interface LockBody {
  pid: number;
  purpose: string;
  url?: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function acquireDataDirLock(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "claimboard.lock");
  const body = JSON.stringify({ pid: process.pid, purpose } satisfies LockBody);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, body, { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(readFileSync(path, "utf8")) as LockBody;
          if (current.pid === process.pid) rmSync(path, { force: true });
        } catch {
          // Lock already gone: nothing to release.
        }
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let holder: LockBody | null = null;
      try {
        holder = JSON.parse(readFileSync(path, "utf8")) as LockBody;
      } catch {
        holder = null;
      }
      if (holder && holder.pid !== process.pid && alive(holder.pid)) {
        throw new DataDirLockedError(dataDir, holder.pid, holder.purpose, holder.url ?? null);
      }
      // Stale or unreadable lock from a crashed process.
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}

/** Adds what other processes should know (the server's URL) to a lock this process holds. */
export function annotateDataDirLock(dataDir: string, extra: { url: string }): void {
  const path = join(dataDir, "claimboard.lock");
  try {
    const current = JSON.parse(readFileSync(path, "utf8")) as LockBody;
    if (current.pid === process.pid) writeFileSync(path, JSON.stringify({ ...current, ...extra }));
  } catch {
    // No lock of ours (a PostgreSQL server is in use): nothing to annotate.
  }
}
