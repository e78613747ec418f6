import { beforeAll, describe, expect, it } from "vitest";
import { LeaderboardSchema } from "../../contracts/benchmarks.js";
import { IngestSummarySchema } from "../../contracts/ingest.js";
import { SubjectProvenanceSchema } from "../../contracts/provenance.js";
import { SubjectListSchema } from "../../contracts/subjects.js";
import { ingestSources } from "../../domain/ingest.js";
import { appFor, databaseForFile, expectError, getJson } from "../helpers/api.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

// Where a number comes from: the paper's own system, a baseline another paper quotes, a table, a reviewer.
const fixture = databaseForFile();
let reviewer: string;
const BOARD = "/api/benchmarks/gsm8k--accuracy/leaderboard";
const acc = (subject: string, value: number, attribution: "own" | "other") => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset: "GSM8K",
  evidence: `${value.toFixed(1)}%`,
  attribution,
});
const CARD = `model-index:
- name: Zeta
  results:
  - dataset: {type: gsm8k, name: GSM8K}
    metrics:
    - {type: accuracy, value: 80.1}
`;

beforeAll(async () => {
  reviewer = await fixture.token("reviewer", "Ada");
  const extractor = scriptedExtractor({
    "Zeta: Reasoning Small": [acc("Zeta", 80, "own")],
    "Omega Beats Zeta": [acc("Omega", 85, "own"), acc("Zeta", 72, "other")],
    "Kappa Paper": [acc("Kappa", 60, "own")],
  });
  const papers = [
    paper("Zeta: Reasoning Small", "Zeta gets 80.0% on GSM8K."),
    paper("Omega Beats Zeta", "Omega gets 85.0% on GSM8K, against 72.0% for Zeta."),
    paper("Kappa Paper", "Kappa gets 60.0% on GSM8K."),
  ];
  await ingestSources(fixture.db, [{ file: "t.jsonl", papers }], extractor, { files: ["t.jsonl"] });
  const upload = await appFor(fixture.handle, { writesPerMinute: 0 }).request(
    "/api/ingest?format=model-index&filename=zeta.yaml",
    {
      method: "POST",
      headers: { "content-type": "application/octet-stream", authorization: `Bearer ${reviewer}` },
      body: CARD,
    },
  );
  expect(upload.status, await upload.clone().text()).toBe(200);
  expect(IngestSummarySchema.parse(await upload.json()).claimsInserted).toBe(1);
});

const entries = async (query: string) =>
  (await getJson(fixture.app, `${BOARD}?entries=all${query}`, 200, LeaderboardSchema)).entries.map((e) => [
    e.subject,
    e.value,
    e.tier,
  ]);

describe("provenance tiers on a leaderboard", () => {
  it("every entry carries its tier; the board ranks each system's best over all tiers", async () => {
    expect(await entries("")).toEqual([
      ["Omega", 85, "self"],
      ["Zeta", 80.1, "imported"],
      ["Kappa", 60, "self"],
    ]);
  });

  it("?tier= keeps one or several tiers, and each system's best within them", async () => {
    expect(await entries("&tier=self")).toEqual([
      ["Omega", 85, "self"],
      ["Zeta", 80, "self"],
      ["Kappa", 60, "self"],
    ]);
    expect(await entries("&tier=other_paper")).toEqual([["Zeta", 72, "other_paper"]]);
    expect(await entries("&tier=other_paper,imported")).toEqual([["Zeta", 80.1, "imported"]]);
    expect(await entries("&tier=reviewed")).toEqual([]);
  });

  it("a reviewer's accept makes the number reviewed, whatever its source", async () => {
    const kappa = (await getJson(fixture.app, `${BOARD}?entries=all&tier=self`, 200, LeaderboardSchema)).entries.find(
      (e) => e.subject === "Kappa",
    )!;
    const res = await fixture.app.request(`/api/claims/${kappa.claimId}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ action: "accept" }),
    });
    expect(res.status).toBe(200);
    expect(await entries("&tier=reviewed")).toEqual([["Kappa", 60, "reviewed"]]);
    expect(await entries("&tier=self")).toEqual([
      ["Omega", 85, "self"],
      ["Zeta", 80, "self"],
    ]);
  });

  it("an unknown tier is a validation error naming the choices", async () => {
    const body = await expectError(fixture.app, `${BOARD}?tier=self,blog`, 400, "VALIDATION_FAILED");
    expect(body.error.message).toMatch(/other_paper/);
  });
});

describe("GET /api/subjects/{id}/provenance", () => {
  const idOf = async (name: string) =>
    (await getJson(fixture.app, "/api/subjects?limit=50", 200, SubjectListSchema)).items.find((s) => s.name === name)!
      .id;

  it("shows a system's best number per tier side by side and where a third party disagrees with its own", async () => {
    const p = await getJson(
      fixture.app,
      `/api/subjects/${await idOf("Zeta")}/provenance`,
      200,
      SubjectProvenanceSchema,
    );
    expect(p.rows).toHaveLength(1);
    const row = p.rows[0]!;
    expect(row.benchmark.id).toBe("gsm8k--accuracy");
    expect(row.tiers.map((t) => [t.tier, t.value, t.paper.title])).toEqual([
      ["self", 80, "Zeta: Reasoning Small"],
      ["other_paper", 72, "Omega Beats Zeta"],
      ["imported", 80.1, "Model card: Zeta"],
    ]);
    // 80.1 imported agrees with 80 self-reported within the 2% tolerance; 72 quoted by Omega's paper does not.
    expect(row.disagreements).toEqual(["other_paper"]);
  });

  it("lists nothing for a system with numbers of one tier only, and counts it", async () => {
    const p = await getJson(
      fixture.app,
      `/api/subjects/${await idOf("Omega")}/provenance`,
      200,
      SubjectProvenanceSchema,
    );
    expect([p.rows, p.singleTier]).toEqual([[], 1]);
  });

  it("answers 404 for an unknown subject and 400 for a bad id", async () => {
    await expectError(fixture.app, "/api/subjects/999999/provenance", 404, "NOT_FOUND");
    await expectError(fixture.app, "/api/subjects/abc/provenance", 400, "VALIDATION_FAILED");
  });

  it("is documented in the OpenAPI description, with the board's tier filter", async () => {
    const doc = (await (await fixture.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(doc.paths["/subjects/{id}/provenance"]?.get).toBeDefined();
    expect(doc.paths["/benchmarks/{id}/leaderboard"]?.get?.parameters?.map((p) => p.name)).toContain("tier");
  });
});
