import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rowsOf, type Database, type DatabaseHandle } from "../../db/client.js";
import { ingestSources } from "../../domain/ingest.js";
import { benchmarkVersionNow, claimsVersionNow } from "../../domain/version-reads.js";
import { createTestDatabase } from "../helpers/db.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

/** A database whose queries wait until the test answers them with rows. */
function heldDatabase() {
  const pending: { resolve: (rows: unknown[]) => void; reject: (e: unknown) => void }[] = [];
  const db = {
    execute: () => new Promise((resolve, reject) => pending.push({ resolve, reject })),
  } as unknown as Database;
  const claimsRow = (v: string) => ({ kind: "v", id: "claims", v, ms: 0 });
  return { db, pending, claimsRow };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("version reads, shared", () => {
  it("give the reads of one moment one query, and a read that arrives while one is in flight the next", async () => {
    const { db, pending, claimsRow } = heldDatabase();
    const first = Promise.all([claimsVersionNow(db), benchmarkVersionNow(db, "a"), benchmarkVersionNow(db, "b")]);
    await tick();
    expect(pending).toHaveLength(1);
    // Arrives after the query in flight was sent: that answer may predate a write this read must see.
    const late = claimsVersionNow(db);
    await tick();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve([claimsRow("1"), { kind: "b", id: "a", v: "1700000000.123456", ms: 1700000000123 }]);
    expect(await first).toEqual(["1", { version: "1700000000.123456", changedAt: new Date(1700000000123) }, null]);
    await tick();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve([claimsRow("2")]);
    expect(await late).toBe("2");
  });

  it("fail every read of a batch whose query failed, and read again for the next", async () => {
    const { db, pending, claimsRow } = heldDatabase();
    const both = [claimsVersionNow(db), claimsVersionNow(db)];
    await tick();
    pending[0]!.reject(new Error("connection lost"));
    for (const p of both) await expect(p).rejects.toThrow("connection lost");
    const again = claimsVersionNow(db);
    await tick();
    pending[1]!.resolve([claimsRow("7")]);
    expect(await again).toBe("7");
  });
});

describe("version reads against the database", () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
    await ingestSources(
      h.db,
      [{ file: "vr.jsonl", papers: [paper("Version Reads", "Alpha reaches fid 2.5 on ImageNet.")], problems: [] }],
      fakeExtractor(),
      {
        files: ["vr.jsonl"],
      },
    );
  });
  afterAll(async () => {
    await h.close();
  });

  it("answer what the tables say, with every write committed before the read arrived", async () => {
    const spy = vi.spyOn(h.db, "execute");
    const [claims, board, none] = await Promise.all([
      claimsVersionNow(h.db),
      benchmarkVersionNow(h.db, "imagenet--fid"),
      benchmarkVersionNow(h.db, "no--such"),
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    const [row] = rowsOf<{ claims: string; v: string; at: Date | string }>(
      await h.db.execute(
        sql`select (select version::text from data_versions where scope = 'claims') as claims, extract(epoch from updated_at)::text as v, updated_at as at from benchmarks where id = 'imagenet--fid'`,
      ),
    );
    expect(claims).toBe(row!.claims);
    expect(board).toEqual({ version: row!.v, changedAt: new Date(row!.at) });
    expect(none).toBeNull();

    await h.db.execute(sql`update claims set confidence = 0.3`);
    await h.db.execute(
      sql`update benchmarks set updated_at = updated_at + interval '1.5 ms' where id = 'imagenet--fid'`,
    );
    expect(Number(await claimsVersionNow(h.db))).toBe(Number(claims) + 1);
    expect((await benchmarkVersionNow(h.db, "imagenet--fid"))!.version).not.toBe(board!.version);
  });
});
