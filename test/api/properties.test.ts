import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../../api/app.js";
import { ErrorSchema } from "../../contracts/common.js";
import { ingestSources } from "../../domain/ingest.js";
import { appFor, databaseForFile } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();
let app: ReturnType<typeof createApp>;
let token: string;

const HOSTILE = [
  "' OR 1=1 --",
  "'; drop table claims; --",
  "<script>alert(1)</script>",
  "%",
  "_",
  "\\",
  "\u0000",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "-1",
  "1e309",
  "NaN",
  "9".repeat(400),
  "../../etc/passwd",
];

beforeAll(async () => {
  app = appFor(fixture.handle, { writesPerMinute: 0 });
  token = await fixture.token("reviewer", "fuzz");
  await ingestSources(
    fixture.db,
    [
      {
        file: "p.jsonl",
        papers: [
          paper(
            "<script>alert(1)</script> Paper",
            "Alpha reaches fid 2.5 on ImageNet. Beta reaches fid 2.6 on ImageNet.",
          ),
        ],
      },
    ],
    fakeExtractor(),
    { files: ["p.jsonl"] },
  );
});

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 30 }),
);
const GET_PATHS = [
  "/api/papers",
  "/api/claims",
  "/api/benchmarks",
  "/api/flags",
  "/api/papers/1",
  "/api/claims/1",
  "/api/benchmarks/imagenet--fid/leaderboard",
  "/api/benchmarks/imagenet--fid/series",
];
const PARAMS = [
  "q",
  "limit",
  "cursor",
  "metric",
  "dataset",
  "subject",
  "benchmark",
  "paper",
  "kind",
  "status",
  "code",
  "sort",
  "id",
];

async function expectNo500(res: Response) {
  expect(res.status, await res.clone().text()).toBeLessThan(500);
  if (res.status >= 400) ErrorSchema.parse(await res.json());
}

describe("random and hostile input never yields a 500", () => {
  it("query strings", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...GET_PATHS),
        fc.array(fc.tuple(fc.constantFrom(...PARAMS), text), { maxLength: 4 }),
        async (path, params) => {
          const qs = new URLSearchParams(params).toString();
          await expectNo500(await app.request(`${path}?${qs}`));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("path segments", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("/api/papers/", "/api/claims/", "/api/benchmarks/", "/api/flags/"),
        text,
        async (prefix, seg) => {
          await expectNo500(await app.request(prefix + encodeURIComponent(seg)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("write bodies", async () => {
    const body = fc.oneof(
      fc.json(),
      fc.record(
        {
          value: fc.oneof(fc.double(), fc.string(), fc.constant(null)),
          unit: text,
          subject: text,
          dataset: text,
          metric: text,
          note: text,
        },
        { requiredKeys: [] },
      ),
      fc.record({ action: fc.oneof(fc.constantFrom("accept", "reject"), text), note: text }, { requiredKeys: [] }),
      fc.record(
        { type: fc.oneof(fc.constantFrom("subject", "dataset"), text), from: fc.integer(), into: fc.integer() },
        { requiredKeys: [] },
      ),
      text,
    );
    const paths = ["/api/claims/1/corrections", "/api/claims/1/review", "/api/flags/1/resolve", "/api/entities/merge"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), body, async (path, b) => {
        const res = await app.request(path, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: typeof b === "string" ? b : JSON.stringify(b),
        });
        await expectNo500(res);
      }),
      { numRuns: 150 },
    );
  });

  it("SQL injection in filters is data, not SQL", async () => {
    for (const payload of HOSTILE) {
      const res = await app.request(
        `/api/claims?dataset=${encodeURIComponent(payload)}&subject=${encodeURIComponent(payload)}`,
      );
      // Either a (empty) result, or a clear refusal of text the database cannot hold.
      expect([200, 400]).toContain(res.status);
    }
    const all = await app.request("/api/claims");
    expect(((await all.json()) as { items: unknown[] }).items).toHaveLength(2);
  });
});
