import { sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { perDatabase } from "./per-database.js";

/** How old a successful ping may be and still vouch for the database. */
const FRESH_MS = 1000;
/** Past this age a ping is started in the background, so a steady stream of probes never waits for one. */
const REFRESH_MS = 250;

interface PingState {
  okAt: number;
  inFlight: Promise<void> | null;
}

const states = perDatabase((): PingState => ({ okAt: -Infinity, inFlight: null }));

function ping(db: Database, s: PingState): Promise<void> {
  s.inFlight ??= db
    .execute(sql`select 1`)
    .then(
      () => {
        s.okAt = performance.now();
      },
      (err: unknown) => {
        // A failed ping vouches for nothing: the next probe asks the database again.
        s.okAt = -Infinity;
        throw err;
      },
    )
    .finally(() => {
      s.inFlight = null;
    });
  return s.inFlight;
}

/**
 * Resolves when the database answered a ping within the last second, and rejects with the database's
 * error when it does not answer now. Probes arriving together share one ping, and while pings succeed
 * they are refreshed in the background: a health check costs a query at most a few times a second.
 */
export async function databaseAnswers(db: Database): Promise<void> {
  const s = states(db);
  const age = performance.now() - s.okAt;
  if (age < FRESH_MS) {
    if (age > REFRESH_MS && s.inFlight === null) ping(db, s).catch(() => {});
    return;
  }
  await ping(db, s);
}
