import { PGlite } from "@electric-sql/pglite";
import type { Database } from "../db/client.js";
import { perDatabase } from "./per-database.js";

/** Notified by triggers when a transaction that moved a data version or a benchmark commits (migration 0011). */
const CHANNEL = "claimboard_data";

/**
 * A counter of the embedded database's committed changes, kept in this process. PGlite has one process by
 * design (the data-directory lock), so every write, whoever made it in this process, commits here and its
 * notification arrives before the write's own query resolves, ahead of any later read. A cache stamped
 * with the counter is therefore current while the counter stands, with no query to find out.
 *
 * `generation` is null where the counter cannot be trusted: on PostgreSQL, where other processes write
 * and a notification arrives some time after their commit, and until the listener is in place.
 */
export interface LocalChanges {
  readonly generation: number | null;
}

const counters = perDatabase((db): LocalChanges => {
  const client = (db as unknown as { $client?: unknown }).$client;
  const state = { generation: null as number | null };
  if (client instanceof PGlite) void listen(client, state);
  return state;
});

async function listen(client: PGlite, state: { generation: number | null }): Promise<void> {
  let n = 0;
  try {
    await client.listen(CHANNEL, () => {
      n++;
      if (state.generation !== null) state.generation = n;
    });
    // A database the triggers were not migrated into would never notify: its counter stays unknown.
    const { rows } = await client.query(
      `select 1 from pg_trigger where tgname in ('data_versions_notify', 'benchmarks_notify')`,
    );
    if (rows.length === 2) state.generation = n;
  } catch {
    // A database closed under us: the counter stays unknown and callers ask the database instead.
  }
}

export function localChanges(db: Database): LocalChanges {
  return counters(db);
}
