import { count, sql } from "drizzle-orm";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "../../db/backup.js";
import { openDatabase, rowsOf, type DatabaseHandle } from "../../db/client.js";
import { papers } from "../../db/schema/index.js";
import { dataVersion } from "../../domain/data-version.js";
import { postgresBin, startPrivatePostgres } from "../helpers/pg-server.js";

const row = (title: string) => ({
  title,
  titleKey: title.toLowerCase(),
  abstract: "a",
  sourceFile: "t",
  contentHash: title,
});
const titles = async (h: DatabaseHandle) =>
  (await h.db.select({ t: papers.title }).from(papers)).map((r) => r.t).sort();

describe("backup and restore", () => {
  it("embedded database: a restore brings back what the backup held and keeps the replaced directory aside", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-backup-"));
    const dataDir = join(dir, "data");
    const file = join(dir, "backup.tar.gz");
    let h = await openDatabase({ dataDir });
    await h.db.insert(papers).values([row("Kept A"), row("Kept B")]);
    await h.close();

    await backupPglite(dataDir, file);
    expect(existsSync(file)).toBe(true);

    h = await openDatabase({ dataDir });
    await h.db.delete(papers);
    await h.db.insert(papers).values(row("After Backup"));
    await h.close();

    const aside = await restorePglite(file, dataDir);
    expect(aside && existsSync(aside)).toBe(true);
    h = await openDatabase({ dataDir });
    expect(await titles(h)).toEqual(["Kept A", "Kept B"]);
    await h.close();
  });

  it("embedded database: refuses while another process holds it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-backup-"));
    const dataDir = join(dir, "data");
    const h = await openDatabase({ dataDir, purpose: "a test server" });
    try {
      // Same process: the lock is taken over only from dead processes, so simulate another holder.
      const { writeFileSync } = await import("node:fs");
      const { spawn } = await import("node:child_process");
      const holder = spawn("sleep", ["30"]);
      writeFileSync(
        join(dataDir, "claimboard.lock"),
        JSON.stringify({ pid: holder.pid, purpose: "the Claimboard server" }),
      );
      await expect(backupPglite(dataDir, join(dir, "b.tar.gz"))).rejects.toThrow(/in use by process/);
      holder.kill();
    } finally {
      await h.close();
    }
  });

  it.skipIf(!postgresBin())("PostgreSQL server: pg_dump and pg_restore round-trip", async () => {
    const server = await startPrivatePostgres();
    const file = join(mkdtempSync(join(tmpdir(), "cb-backup-")), "db.dump");
    try {
      let h = await openDatabase({ databaseUrl: server.url, maxConnections: 2 });
      await h.db.insert(papers).values([row("Server A"), row("Server B")]);
      await backupPostgres(server.url, file);
      await h.db.delete(papers);
      await h.close();
      await restorePostgres(server.url, file);
      h = await openDatabase({ databaseUrl: server.url, maxConnections: 2 });
      expect(await titles(h)).toEqual(["Server A", "Server B"]);
      expect((await h.db.select({ n: count() }).from(papers))[0]!.n).toBe(2);
      // The restored schema still counts writes (triggers, functions and the pg_trgm indexes came back).
      const before = await dataVersion(h.db, "claims");
      await h.db.insert(papers).values(row("Server C"));
      expect(Number(await dataVersion(h.db, "claims"))).toBe(Number(before) + 1);
      const trgm = rowsOf<{ n: number }>(
        await h.db.execute(sql`select count(*)::int as n from pg_indexes where indexname like '%\_trgm\_idx'`),
      );
      expect(trgm[0]!.n).toBe(5);
      await h.close();
    } finally {
      server.destroy();
    }
  });
});
