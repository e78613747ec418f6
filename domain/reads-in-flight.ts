import type { Database } from "../db/client.js";
import { perDatabase } from "./per-database.js";

/**
 * Reads being answered, per database: a sliced ingest on the embedded database waits for them before
 * taking the connection again, so a read that needs several queries is not cut in by a slice after each.
 */
const state = perDatabase(() => ({ count: 0, waiters: [] as (() => void)[], lastRead: -Infinity }));

export function readStarted(db: Database): void {
  const s = state(db);
  s.count++;
  s.lastRead = performance.now();
}

/** Whether a read was in flight or started within the last `withinMs` (no reader: a CLI ingest). */
export function readsRecently(db: Database, withinMs: number): boolean {
  const s = state(db);
  return s.count > 0 || performance.now() - s.lastRead < withinMs;
}

export function readEnded(db: Database): void {
  const s = state(db);
  s.count = Math.max(0, s.count - 1);
  if (s.count === 0) for (const wake of s.waiters.splice(0)) wake();
}

/** Resolves when no read is in flight, or after `maxWaitMs`: reads arriving without pause never starve the writer. */
export function readsSettled(db: Database, maxWaitMs: number): Promise<void> {
  const s = state(db);
  if (s.count === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxWaitMs);
    s.waiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
