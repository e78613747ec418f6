import { beforeAll, describe, expect, it } from "vitest";
import { BenchmarkListSchema, type BenchmarkList } from "../../contracts/benchmarks.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, expectError, getJson } from "../helpers/api.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

// Boards by claims: GSM8K 4, MATH 3, MATH-500 2, then the 1-claim boards (zero-shot ones, CIFAR-10 FID).
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
  "Alpha gets 71.0% on MATH. Beta gets 64.5% on MATH. Alpha gets 88.2% on MATH-500. Gamma gets 90.2% on MATH-500 zero-shot. Alpha gets 80.0% on GSM8K zero-shot.";
const B =
  "Delta gets 80.0% on MATH-500. Delta gets 75.0% on GSM8K. Echo gets 77.0% on GSM8K. India gets 70.0% on GSM8K. Juliet gets 71.0% on GSM8K. Hotel gets 66.0% on MATH. Foxtrot gets 3.1 FID on CIFAR-10.";
const script = {
  "Filter Paper A": [
    acc("Alpha", 71, "MATH", "71.0% on MATH"),
    acc("Beta", 64.5, "MATH", "64.5% on MATH"),
    acc("Alpha", 88.2, "MATH-500", "88.2% on MATH-500"),
    acc("Gamma", 90.2, "MATH-500", "90.2% on MATH-500 zero-shot", { condition: "zero-shot" }),
    acc("Alpha", 80, "GSM8K", "80.0% on GSM8K zero-shot", { condition: "zero-shot" }),
  ],
  "Filter Paper B": [
    acc("Delta", 80, "MATH-500", "80.0% on MATH-500"),
    acc("Delta", 75, "GSM8K", "75.0% on GSM8K"),
    acc("Echo", 77, "GSM8K", "77.0% on GSM8K"),
    acc("India", 70, "GSM8K", "70.0% on GSM8K"),
    acc("Juliet", 71, "GSM8K", "71.0% on GSM8K"),
    acc("Hotel", 66, "MATH", "66.0% on MATH"),
    { metric: "fid", value: 3.1, unit: null, subject: "Foxtrot", dataset: "CIFAR-10", evidence: "3.1 FID on CIFAR-10" },
  ],
  "Filter Paper C": [acc("Golf", 60, "MATH", "60.0% on MATH")],
};

beforeAll(async () => {
  await ingestSources(
    fixture.db,
    [{ file: "f.jsonl", papers: [paper("Filter Paper A", A), paper("Filter Paper B", B)] }],
    scriptedExtractor(script),
    { files: ["f.jsonl"] },
  );
});

const sorted = (xs: string[]) => [...xs].sort();
const ids = async (query: string) =>
  (await getJson(fixture.app, `/api/benchmarks?${query}`, 200, BenchmarkListSchema)).items.map((b) => b.id);

describe("GET /api/benchmarks filters", () => {
  it("by dataset family: the family's own boards and its variants', whichever member is named", async () => {
    const family = ["math--accuracy", "math-500--accuracy", "math-500--accuracy--zero-shot"];
    expect(await ids("family=MATH")).toEqual(family);
    expect(await ids("family=math-500")).toEqual(family);
    expect(await ids("family=NoSuchFamily")).toEqual([]);
  });

  it("by setting, with 'as reported' for numbers stated without one and spellings normalized", async () => {
    expect(sorted(await ids("setting=zero-shot"))).toEqual([
      "gsm8k--accuracy--zero-shot",
      "math-500--accuracy--zero-shot",
    ]);
    expect(await ids("setting=0-shot")).toEqual(await ids("setting=zero-shot"));
    expect(await ids(`setting=${encodeURIComponent("as reported")}`)).toEqual([
      "gsm8k--accuracy",
      "math--accuracy",
      "math-500--accuracy",
      "cifar-10--fid",
    ]);
  });

  it("by metric and minimum entries (subjects), combined with the other filters", async () => {
    expect(await ids("metric=FID")).toEqual(["cifar-10--fid"]);
    expect(await ids("minEntries=2")).toEqual(["gsm8k--accuracy", "math--accuracy", "math-500--accuracy"]);
    expect(await ids("minEntries=3")).toEqual(["gsm8k--accuracy", "math--accuracy"]);
    expect(await ids("minEntries=2&family=MATH&setting=zero-shot")).toEqual([]);
    expect(await ids("family=GSM8K&metric=accuracy")).toEqual(["gsm8k--accuracy", "gsm8k--accuracy--zero-shot"]);
  });

  it("by board: the boards of the same dataset variant and metric (a board's setting tabs)", async () => {
    expect(sorted(await ids("settingsOf=gsm8k--accuracy--zero-shot"))).toEqual([
      "gsm8k--accuracy",
      "gsm8k--accuracy--zero-shot",
    ]);
    expect(await ids("settingsOf=no-such-board")).toEqual([]);
  });

  it("pages through a filtered list with its cursor, nothing repeated or lost", async () => {
    const all = await ids("family=MATH");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: BenchmarkList = await getJson(
        fixture.app,
        `/api/benchmarks?family=MATH&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        200,
        BenchmarkListSchema,
      );
      seen.push(...page.items.map((b) => b.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("refuses a bad filter with the error shape", async () => {
    await expectError(fixture.app, "/api/benchmarks?minEntries=0", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/benchmarks?minEntries=many", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/benchmarks?setting=", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, `/api/benchmarks?family=${"x".repeat(301)}`, 400, "VALIDATION_FAILED");
  });

  it("serves a cached page until an ingest changes the claims, then the new counts", async () => {
    const path = "/api/benchmarks?family=MATH";
    const before = await getJson(fixture.app, path, 200, BenchmarkListSchema);
    const tag = (await fixture.app.request(path)).headers.get("etag")!;
    expect((await fixture.app.request(path, { headers: { "If-None-Match": tag } })).status).toBe(304);
    await ingestSources(
      fixture.db,
      [{ file: "g.jsonl", papers: [paper("Filter Paper C", "Golf gets 60.0% on MATH.")] }],
      scriptedExtractor(script),
      { files: ["g.jsonl"] },
    );
    const after = await getJson(fixture.app, path, 200, BenchmarkListSchema);
    const count = (l: typeof before) => l.items.find((b) => b.id === "math--accuracy")!.subjectCount;
    expect([count(before), count(after)]).toEqual([3, 4]);
  });

  it("documents the filters in the OpenAPI document", async () => {
    const doc = (await (await fixture.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    expect(doc.paths["/benchmarks"]!.get.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(["family", "setting", "minEntries"]),
    );
  });
});
