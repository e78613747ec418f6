import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import { auditLog, claims, papers } from "../../db/schema/index.js";
import { ingestSources, type SourceBatch } from "../../domain/ingest.js";
import { correctClaim, reviewClaim } from "../../domain/review.js";
import type { Principal } from "../../domain/tokens.js";
import { parsePwc } from "../../extractors/tables/pwc.js";
import { PWC_IMPORTER } from "../../extractors/tables/pwc.js";
import { createTestDatabase } from "../helpers/db.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

// Findings 4 and 5 of the adversarial test: review work must survive abstract edits and re-imports.
let h: DatabaseHandle;
const who: Principal = { tokenId: 0, name: "tester", role: "reviewer" };
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});

const text = (file: string, ...ps: ReturnType<typeof paper>[]): SourceBatch => ({ file, papers: ps });
const claimsOf = async (title: string) => {
  const [p] = await h.db.select().from(papers).where(eq(papers.title, title));
  const rows = await h.db.select().from(claims).where(eq(claims.paperId, p!.id)).orderBy(claims.id);
  return { abstract: p!.abstract, rows };
};

describe("an edited abstract", () => {
  it("keeps reviewed claims once, with highlights on their own words", async () => {
    const abstract = "EtRT reaches accuracy 81.5% on ImageNet. EtRT reaches fid 2.1 on FFHQ.";
    await ingestSources(h.db, [text("a.jsonl", paper("Edited Paper", abstract))], fakeExtractor(), {
      files: ["a.jsonl"],
    });
    const before = await claimsOf("Edited Paper");
    expect(before.rows).toHaveLength(2);
    const [acc, fid] = before.rows;
    await correctClaim(h.db, who, acc!.id, { value: 81.6 });
    await reviewClaim(h.db, who, fid!.id, { action: "accept" });

    const summary = await ingestSources(
      h.db,
      [text("a.jsonl", paper("Edited Paper", `In this work, ${abstract}`))],
      fakeExtractor(),
      { files: ["a.jsonl"] },
    );
    expect(summary.claimsInserted).toBe(0);
    const after = await claimsOf("Edited Paper");
    expect(after.rows.map((r) => r.id)).toEqual([acc!.id, fid!.id]);
    for (const r of after.rows) expect(after.abstract.slice(r.evidenceStart, r.evidenceEnd)).toBe(r.evidence);
    expect(after.rows[0]!.value).toBe(81.6);
    expect(after.rows.map((r) => r.reviewStatus)).toEqual(["corrected", "accepted"]);
  });

  it("keeps a reviewed claim whose words are gone without a highlight, and says so in the audit log", async () => {
    await ingestSources(
      h.db,
      [text("b.jsonl", paper("Rewritten Paper", "Zeta reaches accuracy 70% on MNIST."))],
      fakeExtractor(),
      { files: ["b.jsonl"] },
    );
    const [c] = (await claimsOf("Rewritten Paper")).rows;
    await reviewClaim(h.db, who, c!.id, { action: "accept" });
    await ingestSources(
      h.db,
      [text("b.jsonl", paper("Rewritten Paper", "We present Zeta, a model for digits."))],
      fakeExtractor(),
      { files: ["b.jsonl"] },
    );
    const after = await claimsOf("Rewritten Paper");
    expect(after.rows).toHaveLength(1);
    expect([after.rows[0]!.evidenceStart, after.rows[0]!.evidenceEnd]).toEqual([0, 0]);
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, c!.id), eq(auditLog.action, "import.evidence_gone")));
    expect(audit).toHaveLength(1);
  });
});

describe("a re-imported table cell", () => {
  const dump = (top1: string) => [
    {
      task: "Image Classification",
      datasets: [
        {
          dataset: "ImageNet",
          sota: { rows: [{ model_name: "NetA", paper_title: "NetA paper", metrics: { "Top 1 Accuracy": top1 } }] },
        },
      ],
    },
  ];
  const table = (top1: string): SourceBatch => ({
    file: "board.json",
    sourceId: "board",
    chunks: [{ papers: [], table: { records: parsePwc(dump(top1), "board.json").records, importer: PWC_IMPORTER } }],
  });

  it("keeps a corrected-then-accepted value when the source changes, and writes an audit row", async () => {
    await ingestSources(h.db, [table("80.1")], fakeExtractor(), { files: ["board.json"] });
    const [c] = (await claimsOf("NetA paper")).rows;
    await correctClaim(h.db, who, c!.id, { value: 80.4 });
    await reviewClaim(h.db, who, c!.id, { action: "accept" });
    await ingestSources(h.db, [table("79.0")], fakeExtractor(), { files: ["board.json"] });
    const after = (await claimsOf("NetA paper")).rows;
    expect(after).toHaveLength(1);
    expect(after[0]!.value).toBe(80.4);
    expect(after[0]!.reviewStatus).toBe("accepted");
    expect(after[0]!.original.value).toBe(79);
    const audit = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, c!.id), eq(auditLog.action, "import.source_changed")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.note).toContain("79");
  });
});
