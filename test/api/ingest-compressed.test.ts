import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorSchema } from "../../contracts/common.js";
import { IngestSummarySchema } from "../../contracts/ingest.js";
import { papers } from "../../db/schema/index.js";
import { appFor, databaseForFile } from "../helpers/api.js";
import { dailyPapersDump, gzip, gzipBomb, papersJsonl, truncated } from "../helpers/gzip-fixtures.js";

const fixture = databaseForFile();
let token: string;
beforeAll(async () => {
  token = await fixture.token("reviewer", "uploader");
});

function upload(bytes: Buffer, filename: string, config = {}) {
  const app = appFor(fixture.handle, { writesPerMinute: 0, ...config });
  return app.request(`/api/ingest?filename=${encodeURIComponent(filename)}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", authorization: `Bearer ${token}` },
    body: new Uint8Array(bytes),
  });
}
const paperCount = async () => (await fixture.db.select({ n: count() }).from(papers))[0]!.n;

describe("POST /api/ingest with gzip", () => {
  it("ingests a .jsonl.gz, streamed, and a Daily Papers .txt.gz", async () => {
    const jsonl = IngestSummarySchema.parse(
      await (await upload(gzip(papersJsonl(700, "ApiGz")), "papers.jsonl.gz")).json(),
    );
    expect(jsonl).toMatchObject({ files: ["papers.jsonl.gz"], papersNew: 700 });
    expect(jsonl.claimsInserted).toBeGreaterThanOrEqual(700);
    const dp = IngestSummarySchema.parse(await (await upload(gzip(dailyPapersDump()), "daily.txt.gz")).json());
    expect(dp.papersNew).toBe(43);
    // The same content again stores nothing: compression changes nothing about identity.
    const again = IngestSummarySchema.parse(await (await upload(gzip(dailyPapersDump()), "other-name.gz")).json());
    expect(again).toMatchObject({ papersNew: 0, papersUnchanged: 43 });
  });

  it("refuses a gzip bomb by what it unpacks to (20 × INGEST_MAX_MB), not only by its upload size", async () => {
    const before = await paperCount();
    const bomb = gzipBomb(30);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(bomb, "bomb.jsonl.gz", { ingestMaxBytes: 1024 * 1024 });
    expect(res.status).toBe(400);
    const body = ErrorSchema.parse(await res.json());
    expect(body.error.code).toBe("UNREADABLE_FILE");
    expect(body.error.message).toBe(
      "bomb.jsonl.gz: unpacks to more than 20 MB, the most this ingest unpacks (20 × INGEST_MAX_MB): a gzip bomb? Nothing of it is stored",
    );
    expect(await paperCount()).toBe(before);
  });

  it("refuses a truncated gzip and stores none of the chunks read before the damage", async () => {
    const before = await paperCount();
    const res = await upload(truncated(gzip(papersJsonl(3000, "ApiCut"))), "cut.jsonl.gz");
    expect(res.status).toBe(400);
    const body = ErrorSchema.parse(await res.json());
    expect(body.error.code).toBe("UNREADABLE_FILE");
    expect(body.error.message).toMatch(/^cut\.jsonl\.gz: the gzip data ends early \(truncated/);
    expect(body.error.message).not.toContain("/tmp");
    expect(await paperCount()).toBe(before);
  });
});
