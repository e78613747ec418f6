import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../db/client.js";
import { seedMetrics } from "../../domain/entities.js";

/**
 * A fresh, migrated, metric-seeded database for one test file: an in-memory PGlite, or, when
 * DATABASE_URL is set (CI's second pass), a new database on that PostgreSQL server, dropped on close.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openDatabase({ dataDir: null });
    await seedMetrics(handle.db);
    return handle;
  }
  const name = `cb_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ databaseUrl: testUrl.toString(), maxConnections: 4 });
    await seedMetrics(handle.db);
  } catch (err) {
    await admin.unsafe(`drop database if exists ${name}`);
    await admin.end();
    throw err;
  }
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
