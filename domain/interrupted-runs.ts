import { and, eq, sql } from "drizzle-orm";
import { ingestRuns } from "../db/schema/index.js";
import type { Database } from "../db/client.js";
import type { DbOrTx } from "./entities.js";
import type { FlagOptions } from "./flags/recompute.js";
import { reclaimSpace, undoJournal } from "./ingest-journal.js";

/**
 * Marks ingest runs that were cut short (kill -9, a crash) as "interrupted". Only safe where no other
 * process can be ingesting: the embedded database, whose data directory this process holds locked.
 * What those runs committed stays: each file is its own transaction.
 */
export async function markInterruptedRuns(db: DbOrTx): Promise<number> {
  const marked = await db
    .update(ingestRuns)
    .set({
      status: "interrupted",
      finishedAt: sql`now()`,
      error: "the process ended before the run finished; the files it had committed are stored whole",
    })
    .where(eq(ingestRuns.status, "running"))
    .returning({ id: ingestRuns.id });
  return marked.length;
}

/** How often a running ingest on a PostgreSQL server renews its heartbeat, and when a silent one is dead. */
export interface Heartbeat {
  everyMs: number;
  staleMs: number;
}
export const DEFAULT_HEARTBEAT: Heartbeat = { everyMs: 10_000, staleMs: 60_000 };

/**
 * Keeps run `id` alive in the eyes of other processes until the returned stop is called. Several processes
 * share a server, so none may mark another's run interrupted by its status alone; a heartbeat that stopped
 * is what tells a dead run from a long one.
 */
export function keepRunAlive(db: DbOrTx, id: number, beat: Heartbeat = DEFAULT_HEARTBEAT): () => void {
  const renew = () =>
    db
      .update(ingestRuns)
      .set({ heartbeatAt: sql`now()` })
      .where(eq(ingestRuns.id, id))
      .then(
        () => {},
        () => {},
      );
  void renew();
  const timer = setInterval(renew, beat.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** On a PostgreSQL server: marks "running" runs whose heartbeat stopped more than `staleMs` ago interrupted. */
export async function markSilentRuns(db: DbOrTx, beat: Heartbeat = DEFAULT_HEARTBEAT): Promise<number> {
  const staleBefore = sql`now() - make_interval(secs => ${beat.staleMs / 1000})`;
  const marked = await db
    .update(ingestRuns)
    .set({
      status: "interrupted",
      finishedAt: sql`now()`,
      error:
        "the process stopped renewing its heartbeat before the run finished (killed or crashed); the files it had committed are stored whole",
    })
    .where(
      and(
        eq(ingestRuns.status, "running"),
        sql`coalesce(${ingestRuns.heartbeatAt}, ${ingestRuns.startedAt}) < ${staleBefore}`,
      ),
    )
    .returning({ id: ingestRuns.id });
  return marked.length;
}

export interface Recovery {
  runsMarked: number;
  /** Row changes of a file that was being stored in slices when its process died, now undone. */
  changesUndone: number;
  reclaimed: boolean;
}

/**
 * What the embedded database does when it opens, before anything else touches it: runs left "running"
 * are marked interrupted, the half-stored file of a killed run is undone (ingest-journal.ts), and if a
 * run was cut short the dead space it left is made reusable (PGlite has no autovacuum).
 */
export async function recoverInterruptedRuns(db: Database, flagOptions?: FlagOptions): Promise<Recovery> {
  const runsMarked = await markInterruptedRuns(db);
  const changesUndone = await undoJournal(db, flagOptions);
  const reclaimed = runsMarked > 0 || changesUndone > 0;
  if (reclaimed) await reclaimSpace(db);
  return { runsMarked, changesUndone, reclaimed };
}
