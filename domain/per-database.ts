import type { Database } from "../db/client.js";

/**
 * One value per database handle, made on first use: prepared statements above all, which belong to the
 * handle they were prepared on (a test opens many). Held weakly, so a closed handle takes them along.
 */
export function perDatabase<T>(make: (db: Database) => T): (db: Database) => T {
  const made = new WeakMap<Database, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) made.set(db, (value = make(db)));
    return value;
  };
}
