import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, rowsOf, type DatabaseHandle } from "../../db/client.js";
import { createTestDatabase } from "../helpers/db.js";

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});

describe(`migrations (${process.env.DATABASE_URL ? "PostgreSQL server" : "PGlite"})`, () => {
  it("create every table with its unique keys", async () => {
    const tables = rowsOf<{ table_name: string }>(
      await h.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      ),
    ).map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "benchmarks",
        "claims",
        "dataset_aliases",
        "datasets",
        "ingest_runs",
        "metrics",
        "papers",
        "subject_aliases",
        "subjects",
      ]),
    );
    const indexes = rowsOf<{ indexname: string }>(
      await h.db.execute(sql`select indexname from pg_indexes where schemaname = 'public'`),
    ).map((r) => r.indexname);
    expect(indexes).toEqual(
      expect.arrayContaining([
        "papers_title_key_uq",
        "claims_paper_fingerprint_uq",
        "claims_benchmark_subject_value_idx",
      ]),
    );
  });

  it("run again as a no-op", async () => {
    const before = rowsOf<{ n: number }>(
      await h.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    )[0]!.n;
    const db = h.db as never;
    if (h.kind === "pglite") await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
    else await migratePostgres(db, { migrationsFolder: MIGRATIONS_DIR });
    const after = rowsOf<{ n: number }>(
      await h.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
    )[0]!.n;
    expect(after).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it("seed the metric registry with directions", async () => {
    const rows = rowsOf<{ name: string; direction: string }>(
      await h.db.execute(sql`select name, direction from metrics where name in ('fid', 'accuracy')`),
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, r.direction]))).toEqual({ fid: "lower", accuracy: "higher" });
  });
});
