import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type DatabaseHandle } from "../../db/client.js";
import { ingestSources, type SourceBatch } from "../../domain/ingest.js";
import { createTestDatabase } from "../helpers/db.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

// Finding 2 of the adversarial test: overlapping ingests on a PostgreSQL server deadlocked ("deadlock
// detected", 500) in 5 of 6 rounds. PGlite runs one transaction at a time, so there is nothing to race.
const server = !!process.env.DATABASE_URL;

let h: DatabaseHandle;
beforeAll(async () => {
  if (server) h = await createTestDatabase();
});
afterAll(async () => {
  await h?.close();
});

/** `count` papers starting at title number `from`, their abstracts naming the round so every round writes. */
function file(name: string, from: number, count: number, round: number): SourceBatch {
  const papers = Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return paper(
      `Shared Paper ${n}`,
      `Sys${n} reaches accuracy ${50 + ((n * 7 + round) % 40)}% on CIFAR-10. Sys${n} reaches fid ${(n % 9) + 1} on ImageNet.`,
    );
  });
  return { file: name, papers };
}

async function race(files: number, round: number) {
  // Each file overlaps the next by half: four files of 240 papers share 120 with a neighbour.
  const jobs = Array.from({ length: files }, (_, k) =>
    ingestSources(h.db, [file(`f${k}.jsonl`, k * 120, 240, round)], fakeExtractor(), { files: [`f${k}.jsonl`] }),
  );
  return Promise.allSettled(jobs);
}

describe.skipIf(!server)("overlapping ingests on a PostgreSQL server", () => {
  it.each([2, 4])(
    "%i at once, ten rounds: every one succeeds and nothing is stored twice",
    async (files) => {
      for (let round = 0; round < 10; round++) {
        const results = await race(files, round + files * 100);
        const failed = results.filter((r) => r.status === "rejected");
        expect(
          failed.map((r) => String((r as PromiseRejectedResult).reason)),
          `round ${round}`,
        ).toEqual([]);
      }
      const [dup] = rowsOf<{ papers: number; keys: number; claims: number; prints: number }>(
        await h.db.execute(sql`
        select (select count(*)::int from papers) as papers, (select count(distinct title_key)::int from papers) as keys,
               (select count(*)::int from claims) as claims, (select count(distinct (paper_id, fingerprint))::int from claims) as prints`),
      );
      expect(dup!.papers).toBe(dup!.keys);
      expect(dup!.claims).toBe(dup!.prints);
      // Two claims per paper, whatever the interleaving.
      expect(dup!.claims).toBe(2 * dup!.papers);
    },
    240_000,
  );
});
