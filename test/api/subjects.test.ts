import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { LeaderboardSchema } from "../../contracts/benchmarks.js";
import { SearchResultSchema } from "../../contracts/search.js";
import { CompareSchema, SubjectDetailSchema, SubjectListSchema } from "../../contracts/subjects.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, expectError, getJson } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();

beforeAll(async () => {
  const papers = [
    paper("Alpha Diffusion Models", "Alpha reaches fid 2.5 on ImageNet. Alpha reaches accuracy 80.1% on CIFAR-10.", {
      date: "2024-01-02",
    }),
    paper(
      "Beta Diffusion",
      "Beta reaches fid 3.1 on ImageNet. Alpha reaches fid 2.9 on ImageNet. Beta reaches accuracy 82% on CIFAR10.",
      { date: "2023-05-01" },
    ),
    paper("Gamma Nets", "Gamma reaches fid 1.9 on ImageNet. Gamma reaches perplexity 9.5 on WikiText.", { date: null }),
    paper("Percent_Sign 100% Survey", "Delta reaches fid 2.5 on ImageNet."),
  ];
  await ingestSources(fixture.db, [{ file: "subjects.jsonl", papers, problems: [] }], fakeExtractor(), {
    files: ["subjects.jsonl"],
  });
});

async function subjectId(name: string): Promise<number> {
  const list = await getJson(fixture.app, `/api/subjects?q=${encodeURIComponent(name)}`, 200, SubjectListSchema);
  const s = list.items.find((x) => x.name === name);
  if (!s) throw new Error(`no subject ${name}`);
  return s.id;
}

describe("GET /api/subjects", () => {
  it("lists subjects with counts, most claims first, paging by a (count, id) cursor", async () => {
    const first = await getJson(fixture.app, "/api/subjects?limit=2", 200, SubjectListSchema);
    expect(first.items[0]).toMatchObject({ name: "Alpha", claimCount: 3, benchmarkCount: 2, paperCount: 2 });
    expect(first.nextCursor).not.toBeNull();
    const names = [...first.items.map((s) => s.name)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await getJson(fixture.app, `/api/subjects?limit=2&cursor=${cursor}`, 200, SubjectListSchema);
      names.push(...page.items.map((s) => s.name));
      cursor = page.nextCursor;
    }
    expect(names.sort()).toEqual(["Alpha", "Beta", "Delta", "Gamma"]);
  });

  it("filters by part of the name, case-insensitively, with wildcards taken literally", async () => {
    const body = await getJson(fixture.app, "/api/subjects?q=AMM", 200, SubjectListSchema);
    expect(body.items.map((s) => s.name)).toEqual(["Gamma"]);
    expect((await getJson(fixture.app, "/api/subjects?q=%25", 200, SubjectListSchema)).items).toEqual([]);
    await expectError(fixture.app, "/api/subjects?limit=201", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/subjects?cursor=nope!", 400, "INVALID_CURSOR");
  });
});

describe("GET /api/subjects/:id", () => {
  it("groups every claim by benchmark, with the best value and rank as the leaderboard has them", async () => {
    const id = await subjectId("Alpha");
    const body = await getJson(fixture.app, `/api/subjects/${id}`, 200, SubjectDetailSchema);
    expect(body).toMatchObject({ name: "Alpha", claimCount: 3, truncated: false, otherClaims: [] });
    expect(body.aliases).toContain("Alpha");
    const fid = body.benchmarks.find((g) => g.benchmark.id === "imagenet--fid")!;
    expect(fid.benchmark).toMatchObject({ metric: "fid", direction: "lower", dataset: "ImageNet" });
    // Two papers, two values: they disagree. Oldest paper first.
    expect(fid.claims.map((c) => [c.value, c.paper.title])).toEqual([
      [2.9, "Beta Diffusion"],
      [2.5, "Alpha Diffusion Models"],
    ]);
    expect(fid).toMatchObject({ distinctValues: 2, paperCount: 2, papersDisagree: true });
    expect(fid.best).toMatchObject({ value: 2.5, valueText: "2.5", rank: 2, entrants: 4 });
    // The conflict flag shows on both claims.
    expect(fid.claims.every((c) => c.flags.some((f) => f.code === "CONFLICT"))).toBe(true);

    const board = await getJson(fixture.app, "/api/benchmarks/imagenet--fid/leaderboard", 200, LeaderboardSchema);
    const entry = board.entries.find((e) => e.subjectId === id)!;
    expect([entry.rank, entry.value, entry.claimId]).toEqual([fid.best!.rank, fid.best!.value, fid.best!.claimId]);

    const acc = body.benchmarks.find((g) => g.benchmark.id === "cifar-10--accuracy")!;
    expect(acc).toMatchObject({ papersDisagree: false, distinctValues: 1 });
    expect(acc.best).toMatchObject({ value: 80.1, unit: "%", rank: 2, entrants: 2 });
  });

  it("ties rank alike", async () => {
    const body = await getJson(fixture.app, `/api/subjects/${await subjectId("Delta")}`, 200, SubjectDetailSchema);
    expect(body.benchmarks[0]!.best).toMatchObject({ value: 2.5, rank: 2 });
  });

  it("answers 404 and 400 in the error shape", async () => {
    await expectError(fixture.app, "/api/subjects/999999", 404, "NOT_FOUND");
    await expectError(fixture.app, "/api/subjects/abc", 400, "VALIDATION_FAILED");
  });
});

describe("GET /api/compare", () => {
  it("puts subjects side by side on the benchmarks they share, leader chosen by the metric's direction", async () => {
    const [alpha, beta, gamma] = [await subjectId("Alpha"), await subjectId("Beta"), await subjectId("Gamma")];
    const body = await getJson(fixture.app, `/api/compare?subjects=${alpha},${beta},${gamma}`, 200, CompareSchema);
    expect(body.subjects.map((s) => s.name)).toEqual(["Alpha", "Beta", "Gamma"]);
    // ImageNet FID is shared by all three; CIFAR-10 accuracy by Alpha and Beta; WikiText only by Gamma (left out).
    expect(body.benchmarks.map((r) => r.benchmark.id)).toEqual(["imagenet--fid", "cifar-10--accuracy"]);
    const fid = body.benchmarks[0]!;
    expect(fid.cells.map((c) => c.best?.value ?? null)).toEqual([2.5, 3.1, 1.9]);
    expect(fid.leaders).toEqual([gamma]);
    const acc = body.benchmarks[1]!;
    expect(acc.cells.map((c) => c.best?.value ?? null)).toEqual([80.1, 82, null]);
    expect(acc.leaders).toEqual([beta]);
    expect(typeof fid.cells[0]!.best!.claimId).toBe("number");
  });

  it("marks every subject on a tie as a leader", async () => {
    const body = await getJson(
      fixture.app,
      `/api/compare?subjects=${await subjectId("Alpha")},${await subjectId("Delta")}`,
      200,
      CompareSchema,
    );
    expect(body.benchmarks).toHaveLength(1);
    expect(body.benchmarks[0]!.leaders).toHaveLength(2);
  });

  it("wants 2 to 5 known subjects", async () => {
    const alpha = await subjectId("Alpha");
    await expectError(fixture.app, `/api/compare?subjects=${alpha}`, 400, "VALIDATION_FAILED");
    await expectError(fixture.app, `/api/compare?subjects=${alpha},${alpha}`, 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/compare?subjects=1,2,3,4,5,6", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/compare?subjects=a,b", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/compare", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, `/api/compare?subjects=${alpha},999999`, 404, "NOT_FOUND");
  });
});

describe("GET /api/search", () => {
  it("finds papers by words of the title, and subjects, datasets, metrics and benchmarks by name", async () => {
    const body = await getJson(fixture.app, "/api/search?q=diffusion", 200, SearchResultSchema);
    expect(body.papers.map((p) => p.title).sort()).toEqual(["Alpha Diffusion Models", "Beta Diffusion"]);
    const words = await getJson(fixture.app, "/api/search?q=models%20alpha", 200, SearchResultSchema);
    expect(words.papers.map((p) => p.title)).toEqual(["Alpha Diffusion Models"]);

    const alpha = await getJson(fixture.app, "/api/search?q=alpha", 200, SearchResultSchema);
    expect(alpha.subjects[0]).toMatchObject({ name: "Alpha", claimCount: 3, benchmarkCount: 2, matchedAlias: null });

    const cifar = await getJson(fixture.app, "/api/search?q=cifar", 200, SearchResultSchema);
    expect(cifar.datasets).toEqual([expect.objectContaining({ name: "CIFAR-10", claimCount: 2, benchmarkCount: 1 })]);
    expect(cifar.benchmarks.map((b) => b.id)).toEqual(["cifar-10--accuracy"]);

    const fid = await getJson(fixture.app, "/api/search?q=FID", 200, SearchResultSchema);
    expect(fid.metrics).toEqual([{ name: "fid", direction: "lower", claimCount: 5, benchmarkCount: 1 }]);
    const both = await getJson(fixture.app, "/api/search?q=imagenet%20fid", 200, SearchResultSchema);
    expect(both.benchmarks.map((b) => b.id)).toEqual(["imagenet--fid"]);
  });

  it("finds a subject or dataset by a spelling it was merged from, and says which", async () => {
    await fixture.db.execute(
      sql`insert into subject_aliases (alias_key, alias, subject_id) select 'gammaprime', 'GammaPrime-XL', id from subjects where name = 'Gamma'`,
    );
    await fixture.db.execute(
      sql`insert into dataset_aliases (alias_key, alias, dataset_id) select 'wikitext103raw', 'WT103-raw', id from datasets where name = 'WikiText'`,
    );
    const body = await getJson(fixture.app, "/api/search?q=prime-x", 200, SearchResultSchema);
    expect(body.subjects).toEqual([expect.objectContaining({ name: "Gamma", matchedAlias: "GammaPrime-XL" })]);
    const wt = await getJson(fixture.app, "/api/search?q=wt103", 200, SearchResultSchema);
    expect(wt.datasets.map((d) => d.name)).toEqual(["WikiText"]);
  });

  it("ranks an exact name before names that only contain it", async () => {
    const body = await getJson(fixture.app, "/api/search?q=a&limit=20", 200, SearchResultSchema);
    // Every subject contains an "a"; none is called "a", so the larger ones come first.
    expect(body.subjects[0]!.name).toBe("Alpha");
  });

  it("takes LIKE wildcards literally and validates the query", async () => {
    const pct = await getJson(fixture.app, "/api/search?q=100%25", 200, SearchResultSchema);
    expect(pct.papers.map((p) => p.title)).toEqual(["Percent_Sign 100% Survey"]);
    const underscore = await getJson(fixture.app, "/api/search?q=n_t", 200, SearchResultSchema);
    expect(underscore.papers).toEqual([]);
    const nothing = await getJson(fixture.app, "/api/search?q=%25%25", 200, SearchResultSchema);
    expect(
      [nothing.papers, nothing.subjects, nothing.datasets, nothing.metrics, nothing.benchmarks].every(
        (g) => g.length === 0,
      ),
    ).toBe(true);
    await expectError(fixture.app, "/api/search", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/search?q=%20%20", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/search?q=x&limit=50", 400, "VALIDATION_FAILED");
  });

  it("is in the OpenAPI document", async () => {
    const res = await fixture.app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/subjects", "/subjects/{id}", "/compare", "/search"]),
    );
  });
});
