import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import { dataVersion } from "../../domain/data-version.js";
import { ingestSources } from "../../domain/ingest.js";
import { createTestDatabase } from "../helpers/db.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

let h: DatabaseHandle;

beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});

const version = async () => Number(await dataVersion(h.db, "claims"));

describe("data version of claims", () => {
  it("moves once per committed transaction that writes claims, however many rows", async () => {
    const before = await version();
    const papers = [paper("Versioned One", "Alpha reaches fid 2.5 on ImageNet. Beta reaches fid 3.5 on ImageNet.")];
    await ingestSources(h.db, [{ file: "v.jsonl", papers, problems: [] }], fakeExtractor(), { files: ["v.jsonl"] });
    const afterIngest = await version();
    expect(afterIngest).toBeGreaterThan(before);

    await h.db.transaction(async (tx) => {
      await tx.execute(sql`update claims set confidence = 0.5`);
      await tx.execute(sql`update claims set confidence = 0.6`);
      await tx.execute(sql`update papers set title = title || ' (revised)'`);
    });
    expect(await version()).toBe(afterIngest + 1);
  });

  it("does not move for a transaction that rolls back, nor for reads", async () => {
    const before = await version();
    await expect(
      h.db.transaction(async (tx) => {
        await tx.execute(sql`update claims set value = value + 1`);
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    await h.db.execute(sql`select count(*) from claims`);
    expect(await version()).toBe(before);
  });

  it("moves when what a claim shows is renamed or merged: subjects, datasets, aliases", async () => {
    for (const statement of [
      sql`update subjects set name = name || ' v2' where name = 'Alpha'`,
      sql`update datasets set name = 'ImageNet-1k' where name = 'ImageNet'`,
      sql`insert into dataset_aliases (alias_key, alias, dataset_id) select 'in1k', 'IN-1k', id from datasets limit 1`,
    ]) {
      const before = await version();
      await h.db.execute(statement);
      expect(await version()).toBe(before + 1);
    }
  });
});
