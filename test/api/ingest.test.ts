import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorSchema } from "../../contracts/common.js";
import { IngestSummarySchema } from "../../contracts/ingest.js";
import { flags, papers } from "../../db/schema/index.js";
import { DEFAULT_FLAG_OPTIONS } from "../../domain/flags/recompute.js";
import { appFor, databaseForFile } from "../helpers/api.js";
import { fakeExtractor } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();
let token: string;
let viewer: string;
beforeAll(async () => {
  token = await fixture.token("reviewer", "uploader");
  viewer = await fixture.token("viewer", "reader");
});

const jsonl = [
  JSON.stringify({
    title: "Upload One",
    abstract: "UploadNet achieves 91.2% accuracy on CIFAR-10, outperforming ResNet-50 by 2.1%.",
  }),
  JSON.stringify({ title: "Upload Two", abstract: "Our method reaches an FID of 2.27 on ImageNet 256x256." }),
].join("\n");

function upload(body: BodyInit, query: string, auth: string | null = token, config = {}) {
  type Init = RequestInit & { duplex?: "half" };
  const app = appFor(fixture.handle, { writesPerMinute: 0, ...config });
  return app.request(`/api/ingest?${query}`, {
    method: "POST",
    // A streamed body needs this in Node's fetch; harmless for the others.
    duplex: "half",
    headers: { "content-type": "application/octet-stream", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body,
  } as Init);
}
const paperCount = async () => (await fixture.db.select({ n: count() }).from(papers))[0]!.n;

describe("POST /api/ingest", () => {
  it("ingests an uploaded JSON Lines file and answers the CLI's summary; again changes nothing", async () => {
    const res = await upload(jsonl, "filename=papers.jsonl");
    expect(res.status).toBe(200);
    const summary = IngestSummarySchema.parse(await res.json());
    expect(summary).toMatchObject({ files: ["papers.jsonl"], papersNew: 2 });
    expect(summary.claimsInserted).toBeGreaterThanOrEqual(2);
    const again = IngestSummarySchema.parse(await (await upload(jsonl, "filename=papers.jsonl")).json());
    expect(again).toMatchObject({ papersNew: 0, papersUnchanged: 2, claimsInserted: 0 });
  });

  it("needs a reviewer token, refused before the body is read", async () => {
    expect((await upload(jsonl, "filename=a.jsonl", null)).status).toBe(401);
    const res = await upload(jsonl, "filename=a.jsonl", viewer);
    expect(res.status).toBe(403);
    expect(ErrorSchema.parse(await res.json()).error.code).toBe("FORBIDDEN");
  });

  it("refuses an upload over the limit with 413 from its declared size", async () => {
    const before = await paperCount();
    const app = appFor(fixture.handle, { ingestMaxBytes: 1000 });
    const res = await app.request("/api/ingest?filename=big.jsonl", {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/octet-stream",
        "content-length": "5000000",
      },
      body: "x",
    });
    expect(res.status).toBe(413);
    expect(ErrorSchema.parse(await res.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await paperCount()).toBe(before);
  });

  it("caps a body that does not declare its size", async () => {
    const stream = new ReadableStream({
      start(ctrl) {
        for (let i = 0; i < 20; i++)
          ctrl.enqueue(new TextEncoder().encode(`${JSON.stringify({ title: `S${i}`, abstract: "x".repeat(200) })}\n`));
        ctrl.close();
      },
    });
    const res = await upload(stream, "filename=s.jsonl", token, { ingestMaxBytes: 1000 });
    expect(res.status).toBe(413);
  });

  it("reports unreadable files clearly and stores nothing of them", async () => {
    const before = await paperCount();
    const garbage = await upload(new Uint8Array([0, 1, 2, 255, 254, 0, 7]), "filename=blob.bin");
    expect(garbage.status).toBe(400);
    expect(ErrorSchema.parse(await garbage.json()).error.message).toMatch(
      /cannot tell the format of blob.bin|not UTF-8/,
    );
    const latin1 = await upload(
      new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
      "filename=l.jsonl",
    );
    expect(latin1.status).toBe(400);
    expect(ErrorSchema.parse(await latin1.json()).error.message).toMatch(/not UTF-8/);
    const truncated = await upload('[{"title": "T", "abstract": "', "filename=t.json");
    expect(truncated.status).toBe(400);
    expect(ErrorSchema.parse(await truncated.json()).error.message).toMatch(/not valid JSON/);
    expect(await paperCount()).toBe(before);
  });

  it("counts bad lines by reason without failing the file", async () => {
    const res = await upload(`${jsonl}\n{"title": "x"\nnot json at all\n`, "filename=mixed.jsonl&dryRun=true");
    const summary = IngestSummarySchema.parse(await res.json());
    expect(summary.dryRun).toBe(true);
    expect(summary.problemCounts).toEqual({ "not valid JSON": 1, "not valid JSON (truncated)": 1 });
  });

  it("extracts and flags with the app's configured extractor and thresholds, not the shell's", async () => {
    const lowFlags = async () =>
      (await fixture.db.select({ n: count() }).from(flags).where(eq(flags.code, "LOW_CONFIDENCE")))[0]!.n;
    const before = await lowFlags();
    // The fake extractor gives confidence 0.99: flagged only under a threshold above it.
    const config = { extractor: fakeExtractor(), flags: { ...DEFAULT_FLAG_OPTIONS, lowConfidence: 0.995 } };
    const body = JSON.stringify({ title: "Configured Upload", abstract: "ConfNet reaches accuracy 81.5% on ConfSet." });
    const res = await upload(body, "filename=configured.jsonl", token, config);
    expect(res.status).toBe(200);
    const summary = IngestSummarySchema.parse(await res.json());
    expect(summary.extractor).toMatch(/^fake/);
    expect(summary.claimsInserted).toBe(1);
    expect(await lowFlags()).toBe(before + 1);
  });
});
