import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { acquireDataDirLock } from "./lock.js";
import * as schema from "./schema/index.js";

type Schema = typeof schema;
/** The drizzle database, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Where it lives, for messages: the data directory, ":memory:", or the server URL without password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Set: a PostgreSQL server. Unset: PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `null` for an in-memory database (tests). */
  dataDir?: string | null;
  /** Said in the lock file so a second process can tell who holds the directory. */
  purpose?: string;
  /** Run pending migrations after connecting (default true). */
  migrate?: boolean;
  /** postgres.js pool size (default 10). */
  maxConnections?: number;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "postgres://(unparseable URL)";
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const migrateNow = options.migrate ?? true;
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" });
    try {
      if (migrateNow) await migratePostgres(db, { migrationsFolder: MIGRATIONS_DIR });
    } catch (err) {
      await client.end({ timeout: 1 });
      throw err;
    }
    return {
      db: db as unknown as Database,
      kind: "postgres",
      location: redact(options.databaseUrl),
      close: () => client.end({ timeout: 5 }),
    };
  }

  const dataDir = options.dataDir === undefined ? "./.data" : options.dataDir;
  const release = dataDir === null ? () => {} : acquireDataDirLock(dataDir, options.purpose ?? `pid ${process.pid}`);
  try {
    const client = newPglite(dataDir);
    await client.waitReady;
    const db = drizzlePglite({ client, schema, casing: "snake_case" });
    if (migrateNow) await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db: db as unknown as Database,
      kind: "pglite",
      location: dataDir ?? ":memory:",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * Every PGlite the project opens, with the extensions the migrations create (pg_trgm for the search
 * indexes): a data directory whose indexes use them cannot be written without them.
 */
export function newPglite(dataDir: string | null, options: PGliteOptions = {}): PGlite {
  const withExtensions = { ...options, extensions: { pg_trgm } };
  return dataDir === null ? new PGlite(withExtensions) : new PGlite(dataDir, withExtensions);
}

/** postgres.js returns rows as an array, PGlite as `{ rows }`: raw `execute` results through one door. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
