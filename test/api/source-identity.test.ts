import { count, like, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorSchema } from "../../contracts/common.js";
import { IngestSummarySchema } from "../../contracts/ingest.js";
import { claims, papers } from "../../db/schema/index.js";
import { appFor, databaseForFile } from "../helpers/api.js";

// Finding 1 (a different file under the same name deleted the first file's cells), 7 (the temporary upload
// path stored as provenance) and 8 (".." as a file name answered 500) of the adversarial test.
const fixture = databaseForFile();
let token: string;
beforeAll(async () => {
  token = await fixture.token("reviewer", "uploader");
});

function upload(body: string, query: string) {
  const app = appFor(fixture.handle, { writesPerMinute: 0 });
  return app.request(`/api/ingest?${query}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream", authorization: `Bearer ${token}` },
    body,
  });
}

const board = (model: string, title: string, metrics: Record<string, string>) =>
  JSON.stringify([
    {
      task: "Image Classification",
      datasets: [{ dataset: "ImageNet", sota: { rows: [{ model_name: model, paper_title: title, metrics }] } }],
    },
  ]);
const modelA = board("ModelA", "Model A paper", {
  "Top 1 Accuracy": "80.1",
  "Top 5 Accuracy": "95.0",
  "Number of params": "25M",
});
const modelB = board("ModelB", "Model B paper", { "Top 1 Accuracy": "81.0" });
const claimCount = async () => (await fixture.db.select({ n: count() }).from(claims))[0]!.n;

describe("table sources", () => {
  it("never lets a second file under the default name delete the first one's cells", async () => {
    const a = IngestSummarySchema.parse(await (await upload(modelA, "format=pwc")).json());
    expect(a.claimsInserted).toBe(3);
    const b = IngestSummarySchema.parse(await (await upload(modelB, "format=pwc")).json());
    expect(b.claimsRemoved).toBe(0);
    expect(b.claimsInserted).toBe(1);
    expect(await claimCount()).toBe(4);
  });

  it("does not duplicate the same file uploaded under another name", async () => {
    const again = IngestSummarySchema.parse(await (await upload(modelA, "format=pwc&filename=renamed.json")).json());
    expect(again.claimsInserted).toBe(0);
    expect(await claimCount()).toBe(4);
  });

  it("removes cells gone from a re-import only within the same caller-given source", async () => {
    const c = board("ModelC", "Model C paper", { "Top 1 Accuracy": "70.0", "Top 5 Accuracy": "90.0" });
    expect(IngestSummarySchema.parse(await (await upload(c, "format=pwc&source=board-c")).json()).claimsInserted).toBe(
      2,
    );
    const shorter = board("ModelC", "Model C paper", { "Top 1 Accuracy": "70.5" });
    const r = IngestSummarySchema.parse(await (await upload(shorter, "format=pwc&source=board-c")).json());
    expect(r.claimsRemoved).toBe(1);
    expect(r.claimsUpdated).toBe(1);
    // Model A's and B's cells, from no named source, are untouched.
    expect(await claimCount()).toBe(5);
  });

  it("stores the caller's file name, never the server's temporary path", async () => {
    const jsonl = JSON.stringify({
      title: "Provenance Paper",
      abstract: "ProvNet achieves 91.2% accuracy on CIFAR-10.",
    });
    expect((await upload(jsonl, "filename=mine.jsonl")).status).toBe(200);
    const leaked = await fixture.db
      .select({ n: count() })
      .from(papers)
      .where(or(like(papers.sourceFile, "%cb-upload%"), like(papers.sourceFile, "%/%")));
    expect(leaked[0]!.n).toBe(0);
    const refs = await fixture.db.select({ n: count() }).from(claims).where(like(claims.sourceRef, "%cb-upload%"));
    expect(refs[0]!.n).toBe(0);
  });

  it.each(["..", ".", "%2e%2e"])("refuses %s as a file name with a 400 in the error shape", async (name) => {
    const res = await upload(modelB, `format=pwc&filename=${name}`);
    expect(res.status).toBe(400);
    const body = ErrorSchema.parse(await res.json());
    expect(body.error.code).toBe("VALIDATION_FAILED");
  });
});
