import { sql } from "drizzle-orm";
import { PGlite } from "@electric-sql/pglite";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { count, queryRows } from "../db/query-rows.js";
import type { DbOrTx } from "./entities.js";
import { DEFAULT_FLAG_OPTIONS, recomputeFlags, type FlagOptions } from "./flags/recompute.js";
import { perDatabase } from "./per-database.js";
import { readsSettled } from "./reads-in-flight.js";

/**
 * The embedded database has one connection, held by whatever transaction is open: a file stored in one
 * transaction keeps every read waiting until it ends (35 s for 40,000 papers). There a file is stored in
 * short slices instead, each its own transaction, with every row change journaled (db/schema/ingest-journal.ts)
 * so that a file that fails, or whose process dies, is undone whole: the file stays all-or-nothing, but
 * readers see its papers arrive slice by slice.
 */
export function storesInSlices(db: Database): boolean {
  return (db as unknown as { $client?: unknown }).$client instanceof PGlite;
}

/** Turns journaling on for the rest of this transaction (the setting is transaction-local). */
export async function journalOn(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select set_config('claimboard.journal', 'on', true)`);
}

/** The commit point of a sliced file: once its journal is gone, nothing undoes it. */
export async function forgetJournal(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`truncate ingest_journal`);
}

/** Files of one process take turns: the journal holds one file's work at a time. */
const turns = perDatabase(() => ({ tail: Promise.resolve() as Promise<unknown> }));

export async function inTurn<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const queue = turns(db);
  const run = queue.tail.then(work, work);
  queue.tail = run.catch(() => {});
  return run;
}

/**
 * Lets whatever waits for the connection go first: the requests that arrived during the last slice are
 * parsed and queue their queries on PGlite's (first come, first served) lock before the next slice does.
 */
export async function yieldToReads(db: Database): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await readsSettled(db, READS_FIRST_MAX_MS);
}

// The longest a slice waits for reads in flight: a steady stream of reads slows an ingest, never stops it.
const READS_FIRST_MAX_MS = 100;

// Journal entries undone per transaction: short enough that reads get in between.
const UNDO_SLICE = 500;

/**
 * Undoes what the journal holds (an unfinished file), newest change first, in short transactions that
 * each remove what they undid, so an undo cut short resumes at the next open. Claims a concurrent review
 * tied to the undone rows (flag links) are dropped with them, and the flags of the benchmarks and papers
 * involved are recomputed. Returns how many row changes were undone.
 */
export async function undoJournal(db: Database, flagOptions: FlagOptions = DEFAULT_FLAG_OPTIONS): Promise<number> {
  const scope = await queryRows(
    db,
    sql`
      select distinct r->>'benchmark_id' as benchmark_id, (r->>'paper_id')::int as paper_id
      from ingest_journal j, lateral (values (j.old), (j.new)) as v(r)
      where j.table_name = 'claims' and r is not null`,
    z.object({ benchmark_id: z.string().nullable(), paper_id: z.number().nullable() }),
  );
  let undone = 0;
  for (;;) {
    await yieldToReads(db);
    const n = await db.transaction(async (tx) => {
      // Exactly the reverse of what was journaled: no triggers (audit_log's append-only guard, the
      // journal itself) and no cascades, which would delete rows that later entries restore.
      await tx.execute(sql`set local session_replication_role = replica`);
      const [row] = await queryRows(tx, sql`select ingest_journal_undo(${UNDO_SLICE}) as n`, z.object({ n: count }));
      // Triggers are off: the data version that caches are keyed by moves here instead.
      if (row && row.n > 0) await tx.execute(sql`update data_versions set version = version + 1`);
      return row?.n ?? 0;
    });
    undone += n;
    if (n < UNDO_SLICE) break;
  }
  if (undone === 0) return 0;
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`delete from flag_claims fc where not exists (select 1 from claims c where c.id = fc.claim_id)`,
    );
    await tx.execute(sql`delete from claims c where not exists (select 1 from papers p where p.id = c.paper_id)`);
  });
  const benchmarkIds = [...new Set(scope.flatMap((s) => (s.benchmark_id ? [s.benchmark_id] : [])))];
  const paperIds = [...new Set(scope.flatMap((s) => (s.paper_id === null ? [] : [s.paper_id])))];
  for (let i = 0; i < benchmarkIds.length; i += FLAG_BENCHMARKS) {
    await yieldToReads(db);
    await db.transaction((tx) =>
      recomputeFlags(tx, { benchmarkIds: benchmarkIds.slice(i, i + FLAG_BENCHMARKS), paperIds: [] }, flagOptions),
    );
  }
  for (let i = 0; i < paperIds.length; i += FLAG_PAPERS) {
    await yieldToReads(db);
    await db.transaction((tx) =>
      recomputeFlags(tx, { benchmarkIds: [], paperIds: paperIds.slice(i, i + FLAG_PAPERS) }, flagOptions, {
        paperRulesOnly: true,
      }),
    );
  }
  return undone;
}

// Flag recompute slices on the embedded database: a popular benchmark loads thousands of claims.
export const FLAG_BENCHMARKS = 10;
export const FLAG_PAPERS = 200;

/**
 * PGlite runs no autovacuum: the rows of an undone or rolled-back file stay as dead space for good, and a
 * data folder that sees many aborted imports grows without bound. A plain VACUUM makes that space reusable
 * (and gives back what lies at the end of each table); it needs no exclusive lock on a server, but here it
 * holds the one connection while it runs, so it runs only after a failure or at open.
 */
export async function reclaimSpace(db: Database): Promise<void> {
  await db.execute(sql`vacuum`);
}
