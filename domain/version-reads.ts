import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { queryRows } from "../db/query-rows.js";
import { perDatabase } from "./per-database.js";

export interface BenchmarkVersion {
  /** The benchmark's updated_at to the microsecond, as text: what its cached answers are keyed by. */
  version: string;
  /** The same instant to the millisecond, as the database's timestamps read into a Date. */
  changedAt: Date;
}

interface Versions {
  claims: string;
  /** Moves with every committed change to a benchmark; null when the migration did not seed it. */
  allBenchmarks: string | null;
  benchmarks: Map<string, BenchmarkVersion>;
}

interface Batch {
  ids: Set<string>;
  result: Promise<Versions>;
  settle: { resolve: (v: Versions) => void; reject: (e: unknown) => void };
}

interface State {
  next: Batch | null;
  running: boolean;
}

const states = perDatabase((): State => ({ next: null, running: false }));

function newBatch(): Batch {
  let settle!: Batch["settle"];
  const result = new Promise<Versions>((resolve, reject) => (settle = { resolve, reject }));
  // A batch nobody awaits any more must not end the process with an unhandled rejection.
  result.catch(() => {});
  return { ids: new Set(), result, settle };
}

async function read(db: Database, ids: string[]): Promise<Versions> {
  const boards = ids.length
    ? sql`union all select 'b', id, extract(epoch from updated_at)::text, floor(extract(epoch from updated_at) * 1000)::float8 from benchmarks where id in ${ids}`
    : sql``;
  const rows = await queryRows(
    db,
    sql`select 'v' as kind, scope as id, version::text as v, 0::float8 as ms from data_versions where scope in ('claims', 'benchmarks') ${boards}`,
    z.object({ kind: z.enum(["v", "b"]), id: z.string(), v: z.string(), ms: z.number() }),
  );
  const versions: Versions = {
    claims: `none-${Date.now()}-${Math.random()}`,
    allBenchmarks: null,
    benchmarks: new Map(),
  };
  for (const r of rows) {
    if (r.kind === "v" && r.id === "claims") versions.claims = r.v;
    else if (r.kind === "v") versions.allBenchmarks = r.v;
    else versions.benchmarks.set(r.id, { version: r.v, changedAt: new Date(r.ms) });
  }
  return versions;
}

function run(db: Database, s: State): void {
  const batch = s.next;
  if (!batch || s.running) return;
  s.next = null;
  s.running = true;
  read(db, [...batch.ids])
    .then(batch.settle.resolve, batch.settle.reject)
    .finally(() => {
      s.running = false;
      run(db, s);
    });
}

/**
 * The current data versions, read in one query shared by every read that asks in the meantime: a read
 * joins the next batch, which starts once the one in flight (begun, perhaps, before the read arrived)
 * has answered. So every read still gets versions read after it arrived, as if it had asked alone,
 * but at ten concurrent requests the database and this process handle one query for several of them.
 */
function versionsNow(db: Database, benchmarkId: string | null): Promise<Versions> {
  const s = states(db);
  if (!s.next) {
    s.next = newBatch();
    // Started after the current turn's reads have joined.
    queueMicrotask(() => run(db, s));
  }
  if (benchmarkId !== null) s.next.ids.add(benchmarkId);
  return s.next.result;
}

/** The claims data version (db/schema/data-versions.ts), read with the other reads of the moment. */
export async function claimsVersionNow(db: Database): Promise<string> {
  return (await versionsNow(db, null)).claims;
}

/** A benchmark's version, or null when there is no such benchmark, read with the other reads of the moment. */
export async function benchmarkVersionNow(db: Database, id: string): Promise<BenchmarkVersion | null> {
  return (await versionsNow(db, id)).benchmarks.get(id) ?? null;
}

/**
 * One value for everything cached answers show: it moves with every committed change to claims, what they
 * show, or benchmarks. Null when the database cannot say (a migration did not seed the counters).
 */
export async function dataStampNow(db: Database): Promise<string | null> {
  const v = await versionsNow(db, null);
  return v.allBenchmarks === null || v.claims.startsWith("none-") ? null : `${v.claims}.${v.allBenchmarks}`;
}
