import { beforeAll, describe, expect, it } from "vitest";
import { SeriesSchema } from "../../contracts/benchmarks.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, expectError, getJson } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();

beforeAll(async () => {
  const papers = [
    paper("Series A", "Alpha reaches fid 3.1 on CIFAR-10."),
    paper("Series B", "Beta reaches fid 2.9 on CIFAR-10."),
  ];
  await ingestSources(fixture.db, [{ file: "s.jsonl", papers }], fakeExtractor(), { files: ["s.jsonl"] });
});

describe("GET /api/benchmarks/:id/series, cached under the board's version", () => {
  const path = "/api/benchmarks/cifar-10--fid/series";

  it("answers 304 to its ETag and a new body once the board's claims change", async () => {
    const first = await getJson(fixture.app, path, 200, SeriesSchema);
    expect(first.points.map((p) => p.value).sort()).toEqual([2.9, 3.1]);
    const tag = (await fixture.app.request(path)).headers.get("etag")!;
    expect(tag).toMatch(/^W\/"series-[\w-]+"$/);
    expect((await fixture.app.request(path, { headers: { "If-None-Match": tag } })).status).toBe(304);
    // The trusted and the full series are cached apart.
    const allTag = (await fixture.app.request(`${path}?entries=all`)).headers.get("etag");
    expect(allTag).not.toBe(tag);

    // Another process's ingest (each write path bumps the boards it touched).
    await ingestSources(
      fixture.db,
      [{ file: "t.jsonl", papers: [paper("Series C", "Gamma reaches fid 1.5 on CIFAR-10.")] }],
      fakeExtractor(),
      { files: ["t.jsonl"] },
    );
    const changed = await fixture.app.request(path, { headers: { "If-None-Match": tag } });
    expect(changed.status).toBe(200);
    const after = SeriesSchema.parse(await changed.json());
    expect(after.points.map((p) => p.value).sort()).toEqual([1.5, 2.9, 3.1]);
  });

  it("still answers 404 for a board that does not exist", async () => {
    await expectError(fixture.app, "/api/benchmarks/no-such-board/series", 404, "NOT_FOUND");
  });
});
