import { beforeAll, describe, expect, it } from "vitest";
import { BenchmarkListSchema } from "../../contracts/benchmarks.js";
import { DatasetFamilySchema } from "../../contracts/datasets.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, expectError, getJson } from "../helpers/api.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

// One family (MATH) with the family's own board, a subset (MATH-500) and a setting of it, and an
// unrelated dataset that must not show up. (90.2% of MATH-500's 500 problems is 451; 90.1% would be
// flagged INFEASIBLE and lead nothing.)
const fixture = databaseForFile();
const acc = (
  subject: string,
  value: number,
  dataset: string,
  evidence: string,
  extra: Record<string, unknown> = {},
) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset,
  evidence,
  ...extra,
});
const A =
  "Alpha gets 71.0% on MATH. Beta gets 64.5% on MATH. Alpha gets 88.2% on MATH-500. Gamma gets 90.2% on MATH-500 zero-shot.";
const B = "Delta gets 80.0% on MATH-500. Delta gets 75.0% on GSM8K. Weak gets 0.40 on MATH.";

beforeAll(async () => {
  const extractor = scriptedExtractor({
    "Family Paper A": [
      acc("Alpha", 71, "MATH", "71.0% on MATH"),
      acc("Beta", 64.5, "MATH", "64.5% on MATH"),
      acc("Alpha", 88.2, "MATH-500", "88.2% on MATH-500"),
      acc("Gamma", 90.2, "MATH-500", "90.2% on MATH-500 zero-shot", { condition: "zero-shot" }),
    ],
    "Family Paper B": [
      acc("Delta", 80, "MATH-500", "80.0% on MATH-500"),
      acc("Delta", 75, "GSM8K", "75.0% on GSM8K"),
      // A fraction on a percentage board ranks as 40%, below the others.
      acc("Weak", 0.4, "MATH", "0.40 on MATH", { unit: null }),
    ],
  });
  await ingestSources(
    fixture.db,
    [{ file: "f.jsonl", papers: [paper("Family Paper A", A), paper("Family Paper B", B)] }],
    extractor,
    { files: ["f.jsonl"] },
  );
});

async function datasetId(name: string): Promise<number> {
  const list = await getJson(
    fixture.app,
    `/api/benchmarks?dataset=${encodeURIComponent(name)}`,
    200,
    BenchmarkListSchema,
  );
  const b = list.items.find((x) => x.dataset === name);
  if (!b) throw new Error(`no board of ${name}`);
  return b.datasetId;
}

describe("GET /api/datasets/:id/family", () => {
  it("lists the family's variants with their relation and boards, each with its trusted leader", async () => {
    const math500 = await datasetId("MATH-500");
    const fam = await getJson(fixture.app, `/api/datasets/${math500}/family`, 200, DatasetFamilySchema);
    expect(fam.family).toBe("MATH");
    expect(fam.requestedId).toBe(math500);
    expect(fam.truncated).toBe(false);
    // The family itself first, then its variants; GSM8K is another family.
    expect(fam.variants.map((v) => [v.name, v.relation])).toEqual([
      ["MATH", null],
      ["MATH-500", "subset of"],
    ]);
    const [math, sub] = fam.variants;
    expect(math!.boards.map((b) => [b.setting, b.subjectCount, b.leader?.subject, b.leader?.value])).toEqual([
      ["", 3, "Alpha", 71],
    ]);
    expect(sub!.variant).toBe("500");
    // Largest board first; the zero-shot board is its own, with its own leader.
    expect(sub!.boards.map((b) => [b.setting, b.subjectCount, b.leader?.subject])).toEqual([
      ["", 2, "Alpha"],
      ["zero-shot", 1, "Gamma"],
    ]);
    expect(sub!.boards[0]!.leader).toMatchObject({ subject: "Alpha", value: 88.2, valueText: "88.2", unit: "%" });
  });

  it("answers the same family from any of its members", async () => {
    const fromRoot = await getJson(
      fixture.app,
      `/api/datasets/${await datasetId("MATH")}/family`,
      200,
      DatasetFamilySchema,
    );
    const fromSubset = await getJson(
      fixture.app,
      `/api/datasets/${await datasetId("MATH-500")}/family`,
      200,
      DatasetFamilySchema,
    );
    expect(fromRoot.variants).toEqual(fromSubset.variants);
  });

  it("agrees with the board's own leaderboard on the leader", async () => {
    const fam = await getJson(fixture.app, `/api/datasets/${await datasetId("MATH")}/family`, 200, DatasetFamilySchema);
    for (const board of fam.variants.flatMap((v) => v.boards)) {
      const res = await fixture.app.request(`/api/benchmarks/${board.id}/leaderboard`);
      const lb = (await res.json()) as { entries: { subject: string; claimId: number }[] };
      expect(board.leader?.claimId, board.id).toBe(lb.entries[0]?.claimId);
    }
  });

  it("refuses an unknown or malformed id with the error shape", async () => {
    await expectError(fixture.app, "/api/datasets/999999/family", 404, "NOT_FOUND");
    await expectError(fixture.app, "/api/datasets/abc/family", 400, "VALIDATION_FAILED");
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await (await fixture.app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain("/datasets/{id}/family");
  });
});
