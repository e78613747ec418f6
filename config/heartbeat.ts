import type { Heartbeat } from "../domain/interrupted-runs.js";
import type { Env } from "./env.js";

/** How a running ingest shows other processes on a PostgreSQL server that it is alive. */
export function heartbeatOf(env: Pick<Env, "INGEST_HEARTBEAT_SECONDS">): Heartbeat {
  const everyMs = env.INGEST_HEARTBEAT_SECONDS * 1000;
  return { everyMs, staleMs: 6 * everyMs };
}
