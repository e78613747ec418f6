import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app.js";
import { LeaderboardSchema } from "../../contracts/benchmarks.js";
import { ClaimListSchema } from "../../contracts/claims.js";
import { ErrorSchema } from "../../contracts/common.js";
import { PaperListSchema } from "../../contracts/papers.js";
import { openDatabase, rowsOf, type DatabaseHandle } from "../../db/client.js";
import { claims, ingestRuns, papers } from "../../db/schema/index.js";
import { seedMetrics } from "../../domain/entities.js";
import { ingestSources, type SourceBatch, type SourceChunk } from "../../domain/ingest.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";
import { postgresBin, startPrivatePostgres } from "../helpers/pg-server.js";

type Server = Awaited<ReturnType<typeof startPrivatePostgres>>;
let server: Server;
let h: DatabaseHandle;

const papersOf = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) =>
    paper(
      `Fault paper ${from + i}`,
      `M${from + i} reaches fid ${(1 + (i % 50) / 10).toFixed(1)} on ImageNet. M${from + i} reaches accuracy ${50 + (i % 40)} on CIFAR10.`,
    ),
  );

// These tests stop and start a PostgreSQL server of their own: they need Debian's server binaries.
describe.skipIf(!postgresBin())("a PostgreSQL server that goes away", () => {
  beforeAll(async () => {
    server = await startPrivatePostgres();
    h = await openDatabase({ databaseUrl: server.url, maxConnections: 4 });
    await seedMetrics(h.db);
  });
  afterAll(async () => {
    await h?.close().catch(() => {});
    server?.destroy();
  });

  it("restarted in the middle of an ingest: the run fails cleanly, no paper is half-written, a re-run completes", async () => {
    let restarted = false;
    async function* chunks(): AsyncGenerator<SourceChunk> {
      yield { papers: papersOf(300, 0) };
      yield { papers: papersOf(300, 300) };
      server.restart();
      restarted = true;
      yield { papers: papersOf(300, 600) };
    }
    const source: SourceBatch = { file: "faults.jsonl", chunks: chunks() };
    await expect(ingestSources(h.db, [source], fakeExtractor(), { files: ["faults.jsonl"] })).rejects.toThrow();
    expect(restarted).toBe(true);

    // The file's transaction was cut: nothing of it is stored, so nothing is half-written.
    const [stored] = await h.db.select({ n: count() }).from(papers);
    expect(stored!.n).toBe(0);
    const orphans = rowsOf<{ n: number }>(
      await h.db.execute(
        sql`select count(*)::int as n from papers p where not exists (select 1 from claims c where c.paper_id = p.id)`,
      ),
    );
    expect(orphans[0]!.n).toBe(0);

    const again = await ingestSources(h.db, [{ file: "faults.jsonl", papers: papersOf(900) }], fakeExtractor(), {
      files: ["faults.jsonl"],
    });
    expect(again).toMatchObject({ papersNew: 900, claimsInserted: 1800 });
    const [claimCount] = await h.db.select({ n: count() }).from(claims);
    expect(claimCount!.n).toBe(1800);
    const runs = await h.db.select({ status: ingestRuns.status }).from(ingestRuns).orderBy(ingestRuns.id);
    expect(runs.at(-1)!.status).toBe("succeeded");
  });

  it("down: the API answers 503 in the error shape, and recovers by itself when it is back", async () => {
    const app = createApp({ db: h.db, dbKind: h.kind });
    // Plain queries, and the prepared statements and caches of the claim list and the leaderboard, which
    // must be prepared again on the new connections and not answer from a cache while the database is away.
    const reads = [
      ["/api/papers?limit=1", PaperListSchema],
      ["/api/claims?metric=fid&dataset=ImageNet&limit=5", ClaimListSchema],
      ["/api/benchmarks/imagenet--fid/leaderboard", LeaderboardSchema],
    ] as const;
    for (const [path, schema] of reads) schema.parse(await (await app.request(path)).json());
    server.stop();
    try {
      for (const [path] of reads) {
        const down = await app.request(path);
        expect(down.status, path).toBe(503);
        expect(ErrorSchema.parse(await down.json()).error.code).toBe("DATABASE_UNAVAILABLE");
        expect(down.headers.get("retry-after")).toBeTruthy();
      }
      expect((await app.request("/api/health")).status).toBe(503);
    } finally {
      server.start();
    }
    // Back by itself. Connections that died with the old server are replaced; here, where stop and start
    // block the event loop, a request may still meet one of them once before its close is noticed.
    for (const [path, schema] of reads) {
      await expect
        .poll(async () => (await app.request(path)).status, { message: path, timeout: 10_000, interval: 100 })
        .toBe(200);
      schema.parse(await (await app.request(path)).json());
    }
  });
});
