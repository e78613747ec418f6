import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite has no lock across processes: two processes on one data directory corrupt it silently.
 * An exclusive lock file holding the owner's pid and start time guards the directory; a stale one (dead
 * pid, or a pid the system has since given to another process) is taken over.
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
  /** When the process started (Linux: clock ticks since boot, /proc/<pid>/stat field 22); absent elsewhere. */
  started?: string;
  purpose: string;
  url?: string;
}

/**
 * A pid alone does not name a process: after a crash and a reboot or a busy day, the dead holder's pid
 * may belong to a shell or a browser, and the directory would stay locked for good. A pid with its start
 * time does. Null where /proc is not there to ask.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces or ')': count from the last one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the lock's holder still runs: its pid is alive and, when both are known, started when the lock says. */
function holderRuns(holder: LockBody): boolean {
  if (!alive(holder.pid)) return false;
  if (holder.started === undefined) return true;
  const started = processStartTime(holder.pid);
  return started === null || started === holder.started;
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
  const started = processStartTime(process.pid);
  const body = JSON.stringify({
    pid: process.pid,
    ...(started === null ? {} : { started }),
    purpose,
  } satisfies LockBody);
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
      if (holder && holder.pid !== process.pid && holderRuns(holder)) {
        throw new DataDirLockedError(dataDir, holder.pid, holder.purpose, holder.url ?? null);
      }
      // Stale or unreadable lock from a crashed process, or one whose pid now belongs to another process.
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
