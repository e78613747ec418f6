import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { BenchmarkListSchema, LeaderboardSchema, SeriesSchema } from "../../contracts/benchmarks.js";
import { ClaimListSchema } from "../../contracts/claims.js";
import { HealthSchema } from "../../contracts/common.js";
import { PaperDetailSchema, PaperListSchema } from "../../contracts/papers.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, expectError, getJson } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();

beforeAll(async () => {
  const papers = [
    paper("Alpha Diffusion", "Alpha reaches fid 2.5 on ImageNet. Alpha reaches accuracy 80.1% on CIFAR-10.", {
      date: "2024-01-02",
    }),
    paper("Beta Diffusion", "Beta reaches fid 3.1 on ImageNet. Alpha reaches fid 2.9 on ImageNet.", {
      date: "2023-05-01",
    }),
    paper("Gamma Nets", "Gamma reaches fid 1.9 on ImageNet. Gamma reaches accuracy 85 on CIFAR10.", { date: null }),
    paper("Unrelated Survey", "No numbers here at all."),
  ];
  await ingestSources(fixture.db, [{ file: "api.jsonl", papers, problems: [] }], fakeExtractor(), {
    files: ["api.jsonl"],
  });
});

describe("GET /api/health", () => {
  it("reports the database kind", async () => {
    const body = await getJson(fixture.app, "/api/health", 200, HealthSchema);
    expect(body).toEqual({ status: "ok", database: fixture.handle.kind });
  });
});

describe("GET /api/papers", () => {
  it("lists papers with claim counts and pages with a cursor", async () => {
    const first = await getJson(fixture.app, "/api/papers?limit=3", 200, PaperListSchema);
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await getJson(fixture.app, `/api/papers?limit=3&cursor=${first.nextCursor}`, 200, PaperListSchema);
    expect(second.items.map((p) => p.title)).toEqual(["Unrelated Survey"]);
    expect(second.nextCursor).toBeNull();
    expect(first.items.find((p) => p.title === "Alpha Diffusion")?.claimCount).toBe(2);
  });

  it("finds papers by words of the title, case-insensitively, with LIKE wildcards taken literally", async () => {
    const body = await getJson(fixture.app, "/api/papers?q=diffusion%20BETA", 200, PaperListSchema);
    expect(body.items.map((p) => p.title)).toEqual(["Beta Diffusion"]);
    const wild = await getJson(fixture.app, "/api/papers?q=%25", 200, PaperListSchema);
    expect(wild.items).toEqual([]);
  });

  it("answers a paper with its claims and evidence offsets", async () => {
    const list = await getJson(fixture.app, "/api/papers?q=alpha", 200, PaperListSchema);
    const body = await getJson(fixture.app, `/api/papers/${list.items[0]!.id}`, 200, PaperDetailSchema);
    expect(body.claims).toHaveLength(2);
    for (const c of body.claims) expect(body.abstract.slice(c.evidenceStart, c.evidenceEnd)).toBe(c.evidence);
    expect(body.claims[0]).toMatchObject({
      metric: "fid",
      value: 2.5,
      subject: { name: "Alpha" },
      dataset: { name: "ImageNet" },
    });
  });

  it("rejects bad ids and unknown papers in the error shape", async () => {
    await expectError(fixture.app, "/api/papers/abc", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/papers/999999", 404, "NOT_FOUND");
    await expectError(fixture.app, "/api/papers?limit=500", 400, "VALIDATION_FAILED");
    await expectError(fixture.app, "/api/papers?cursor=garbage!!", 400, "INVALID_CURSOR");
  });
});

describe("GET /api/claims", () => {
  it("filters by metric, dataset alias and subject", async () => {
    const fid = await getJson(fixture.app, "/api/claims?metric=FID", 200, ClaimListSchema);
    expect(fid.items.map((c) => c.value).sort()).toEqual([1.9, 2.5, 2.9, 3.1]);
    const cifar = await getJson(fixture.app, "/api/claims?dataset=cifar10", 200, ClaimListSchema);
    expect(cifar.items.map((c) => c.value).sort()).toEqual([80.1, 85]);
    const alpha = await getJson(fixture.app, "/api/claims?subject=alpha&metric=fid", 200, ClaimListSchema);
    expect(alpha.items.map((c) => c.value).sort()).toEqual([2.5, 2.9]);
    const none = await getJson(fixture.app, "/api/claims?dataset=NoSuchSet", 200, ClaimListSchema);
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  it("pages through every claim exactly once", async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: number }[]; nextCursor: string | null } = await getJson(
        fixture.app,
        `/api/claims?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        200,
        ClaimListSchema,
      );
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  it("validates the kind filter", async () => {
    await expectError(fixture.app, "/api/claims?kind=nonsense", 400, "VALIDATION_FAILED");
  });
});

describe("GET /api/benchmarks", () => {
  it("lists dataset + metric pairs with counts, largest first", async () => {
    const body = await getJson(fixture.app, "/api/benchmarks", 200, BenchmarkListSchema);
    expect(body.items.map((b) => [b.id, b.claimCount, b.direction])).toEqual([
      ["imagenet--fid", 4, "lower"],
      ["cifar-10--accuracy", 2, "higher"],
    ]);
    expect(body.items[0]).toMatchObject({ dataset: "ImageNet", metric: "fid", subjectCount: 3, paperCount: 3 });
  });

  it("pages with a cursor over (count, id)", async () => {
    const first = await getJson(fixture.app, "/api/benchmarks?limit=1", 200, BenchmarkListSchema);
    const second = await getJson(
      fixture.app,
      `/api/benchmarks?limit=1&cursor=${first.nextCursor}`,
      200,
      BenchmarkListSchema,
    );
    expect(second.items.map((b) => b.id)).toEqual(["cifar-10--accuracy"]);
    expect(second.nextCursor).toBeNull();
  });

  it("ranks the leaderboard by the metric's direction, best claim per subject", async () => {
    const fid = await getJson(fixture.app, "/api/benchmarks/imagenet--fid/leaderboard", 200, LeaderboardSchema);
    expect(fid.entries.map((e) => [e.rank, e.subject, e.value])).toEqual([
      [1, "Gamma", 1.9],
      [2, "Alpha", 2.5],
      [3, "Beta", 3.1],
    ]);
    expect(fid.entries[1]!.paper).toMatchObject({ title: "Alpha Diffusion", date: "2024-01-02" });
    const acc = await getJson(fixture.app, "/api/benchmarks/cifar-10--accuracy/leaderboard", 200, LeaderboardSchema);
    expect(acc.entries.map((e) => e.subject)).toEqual(["Gamma", "Alpha"]);
  });

  it("answers 404 for an unknown benchmark", async () => {
    await expectError(fixture.app, "/api/benchmarks/nope--fid/leaderboard", 404, "NOT_FOUND");
  });
});

describe("unknown routes", () => {
  it("answer the error shape", async () => {
    await expectError(fixture.app, "/api/nothing-here", 404, "NOT_FOUND");
  });
});

describe("more reads", () => {
  it("sorts papers newest first with undated last, paging by a (date, id) cursor", async () => {
    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { title: string }[]; nextCursor: string | null } = await getJson(
        fixture.app,
        `/api/papers?sort=date&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
        200,
        PaperListSchema,
      );
      titles.push(...page.items.map((p) => p.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(titles.slice(0, 2)).toEqual(["Alpha Diffusion", "Beta Diffusion"]);
    expect(titles).toHaveLength(4);
  });

  it("answers a benchmark's series of absolute claims, oldest paper first", async () => {
    const body = await getJson(fixture.app, "/api/benchmarks/imagenet--fid/series", 200, SeriesSchema);
    expect(body.points.map((p) => [p.subject, p.value])).toEqual([
      ["Beta", 3.1],
      ["Alpha", 2.9],
      ["Alpha", 2.5],
      ["Gamma", 1.9],
    ]);
    expect(body.truncated).toBe(false);
    expect(body.points[0]!.sentence).toBe("Beta reaches fid 3.1 on ImageNet.");
    expect(body.benchmark.absoluteCount).toBe(4);
  });

  it("serves a cached claim page only while the data is unchanged, whoever wrote it", async () => {
    const path = "/api/claims?metric=fid&dataset=ImageNet&limit=10";
    const first = await getJson(fixture.app, path, 200, ClaimListSchema);
    expect(await getJson(fixture.app, path, 200, ClaimListSchema)).toEqual(first);
    const tag = (await fixture.app.request(path)).headers.get("etag")!;
    expect(tag).toMatch(/^W\/"cl-[\w-]+"$/);
    expect((await fixture.app.request(path, { headers: { "If-None-Match": tag } })).status).toBe(304);
    // Written past the API, as another replica or a psql session would.
    const target = first.items[0]!;
    await fixture.db.execute(sql`update claims set value = 42.5 where id = ${target.id}`);
    await fixture.db.execute(sql`update papers set title = 'Renamed Paper' where id = ${target.paper.id}`);
    const after = await getJson(fixture.app, path, 200, ClaimListSchema);
    expect(after.items.find((c) => c.id === target.id)).toMatchObject({
      value: 42.5,
      paper: { title: "Renamed Paper" },
    });
    const changed = await fixture.app.request(path, { headers: { "If-None-Match": tag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(tag);
    await fixture.db.execute(sql`update claims set value = ${target.value} where id = ${target.id}`);
    await fixture.db.execute(sql`update papers set title = ${target.paper.title} where id = ${target.paper.id}`);
  });

  it("keeps the number as written", async () => {
    const body = await getJson(fixture.app, "/api/claims?metric=accuracy&dataset=CIFAR-10", 200, ClaimListSchema);
    expect(body.items.map((c) => c.valueText).sort()).toEqual(["80.1", "85"]);
  });
});
