import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type DatabaseHandle } from "../../db/client.js";
import { claims, ingestJournal, ingestRuns, papers } from "../../db/schema/index.js";
import { ingestSources, type SourceBatch, type SourceChunk } from "../../domain/ingest.js";
import { storesInSlices } from "../../domain/ingest-journal.js";
import { recoverInterruptedRuns } from "../../domain/interrupted-runs.js";
import type { Paper } from "../../extractors/types.js";
import { createTestDatabase } from "../helpers/db.js";
import { fakeExtractor } from "../helpers/fake-extractor.js";

// Issue 15, finding 3: on PGlite one upload held the only connection for its whole file, and every read
// waited (35 s for 40,000 papers). Files are now stored in short journaled slices there, undone whole on failure.
let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});

const extractor = fakeExtractor();
const paper = (
  tag: string,
  i: number,
  abstract = `M${i} reaches accuracy ${50 + (i % 40)}.5% on Set${tag}.`,
): Paper => ({
  title: `Journal test ${tag} paper ${i}`,
  abstract,
  date: null,
  url: null,
  arxivId: null,
  source: { file: `${tag}.jsonl`, line: i + 1 },
});
const count = async (tag: string) => {
  const [row] = rowsOf<{ papers: number; claims: number }>(
    await h.db.execute(sql`select count(distinct p.id)::int as papers, count(c.id)::int as claims
      from papers p left join claims c on c.paper_id = p.id where p.title like ${`Journal test ${tag} %`}`),
  );
  return row!;
};
const journalSize = async () => (await h.db.select({ id: ingestJournal.id }).from(ingestJournal)).length;

describe.skipIf(process.env.DATABASE_URL)("a file on the embedded database, stored in slices", () => {
  it("lets a read issued during the upload finish before the upload does", async () => {
    expect(storesInSlices(h.db)).toBe(true);
    const many = Array.from({ length: 150 }, (_, i) => paper("read", i));
    let read: Promise<number> | null = null;
    let readAnswered = false;
    let progressAfterRead = 0;
    const summary = await ingestSources(h.db, [{ file: "read.jsonl", papers: many }], extractor, {
      files: ["read.jsonl"],
      onProgress: () => {
        if (readAnswered) progressAfterRead++;
        read ??= h.db
          .execute(sql`select count(*)::int as n from papers where title like 'Journal test read %'`)
          .then((r) => {
            readAnswered = true;
            return rowsOf<{ n: number }>(r)[0]!.n;
          });
      },
    });
    expect(summary.papersNew).toBe(150);
    // One transaction for the file would answer the read only after its last paper: here the file went on
    // being stored after the read had its answer, and the answer was a committed part of the file.
    expect(progressAfterRead).toBeGreaterThan(0);
    const seen = await read!;
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(150);
    expect(await journalSize()).toBe(0);
  });

  it("undoes every slice of a file that fails midway, including updates to papers stored before", async () => {
    await ingestSources(h.db, [{ file: "undo.jsonl", papers: [paper("undo", 0)] }], extractor, {
      files: ["undo.jsonl"],
    });
    const before = await count("undo");
    const [old] = await h.db.select().from(papers).where(eq(papers.title, "Journal test undo paper 0"));
    async function* failing(): AsyncGenerator<SourceChunk> {
      // The stored paper's abstract changes (its claims are replaced), then 300 new ones, then the file breaks.
      yield { papers: [paper("undo", 0, "Other reaches accuracy 12.5% on SetChanged.")] };
      yield { papers: Array.from({ length: 300 }, (_, i) => paper("undo", i + 1)) };
      throw new Error("disk on fire");
    }
    const source: SourceBatch = { file: "undo.jsonl", chunks: failing() };
    await expect(ingestSources(h.db, [source], extractor, { files: ["undo.jsonl"] })).rejects.toThrow("disk on fire");
    expect(await count("undo")).toEqual(before);
    const [now] = await h.db.select().from(papers).where(eq(papers.id, old!.id));
    expect(now).toEqual(old);
    expect(await journalSize()).toBe(0);
    const [run] = await h.db.select().from(ingestRuns).orderBy(sql`id desc`).limit(1);
    expect(run!.status).toBe("failed");
  });

  it("leaves a file cut short by a dead process to be undone when the database opens again", async () => {
    let stall!: () => void;
    const stalled = new Promise<void>((r) => (stall = r));
    let reached!: () => void;
    const halfway = new Promise<void>((r) => (reached = r));
    async function* hanging(): AsyncGenerator<SourceChunk> {
      yield { papers: Array.from({ length: 200 }, (_, i) => paper("dead", i)) };
      reached();
      // The process "dies" here: nothing after this point ever runs for this file.
      await stalled;
    }
    const orphan = ingestSources(h.db, [{ file: "dead.jsonl", chunks: hanging() }], extractor, {
      files: ["dead.jsonl"],
    });
    await halfway;
    expect((await count("dead")).papers).toBe(200);
    expect(await journalSize()).toBeGreaterThan(0);
    const claimsBefore = (await h.db.select({ id: claims.id }).from(claims)).length;

    const recovery = await recoverInterruptedRuns(h.db);
    expect(recovery.runsMarked).toBe(1);
    expect(recovery.changesUndone).toBeGreaterThan(400);
    expect(await count("dead")).toEqual({ papers: 0, claims: 0 });
    expect((await h.db.select({ id: claims.id }).from(claims)).length).toBe(claimsBefore - 200);
    expect(await journalSize()).toBe(0);
    stall();
    await orphan.catch(() => {});
  });
});
