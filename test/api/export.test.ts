import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LeaderboardSchema } from "../../contracts/benchmarks.js";
import { ClaimListSchema, type ClaimOut } from "../../contracts/claims.js";
import { SubjectListSchema } from "../../contracts/subjects.js";
import { openSource } from "../../domain/read-source.js";
import type { DatabaseHandle } from "../../db/client.js";
import { ingestSources, type IngestSummary } from "../../domain/ingest.js";
import { CLAIM_CSV_COLUMNS } from "../../domain/export-format.js";
import { ClaimLineSchema } from "../../extractors/sources/claims-jsonl.js";
import { parseModelIndex } from "../../extractors/tables/model-index.js";
import { appFor, expectError, getJson } from "../helpers/api.js";
import { csvRecords } from "../helpers/csv.js";
import { createTestDatabase } from "../helpers/db.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const dir = mkdtempSync(join(tmpdir(), "cb-export-"));
const INJECTION = '=HYPERLINK("http://evil.example","click")';
const BULK = 230; // more than one export page (200)

let a: DatabaseHandle;
let appA: ReturnType<typeof appFor>;
const others: DatabaseHandle[] = [];

/** Ingests files the way `npm run ingest` does (format detection, streaming, one transaction per file). */
async function ingestFiles(h: DatabaseHandle, files: string[]): Promise<IngestSummary> {
  async function* sources() {
    for (const f of files) yield await openSource(f);
  }
  return ingestSources(h.db, sources(), fakeExtractor(), { files });
}

async function freshDb(): Promise<DatabaseHandle> {
  const h = await createTestDatabase();
  others.push(h);
  return h;
}

async function allClaims(app: ReturnType<typeof appFor>, query = ""): Promise<ClaimOut[]> {
  const out: ClaimOut[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: ClaimOut[]; nextCursor: string | null } = await getJson(
      app,
      `/api/claims?limit=200${query}${cursor ? `&cursor=${cursor}` : ""}`,
      200,
      ClaimListSchema,
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** The fields a claim keeps through an export and import, as a sortable key. */
const claimKey = (c: ClaimOut) =>
  JSON.stringify([
    c.paper.title,
    c.subject?.name ?? null,
    c.dataset?.name ?? null,
    c.metric,
    c.value,
    c.unit,
    c.kind,
    c.qualifier,
    c.condition,
  ]);

async function subjectId(app: ReturnType<typeof appFor>, name: string): Promise<number> {
  const list = await getJson(app, `/api/subjects?q=${encodeURIComponent(name)}`, 200, SubjectListSchema);
  const found = list.items.find((s) => s.name === name);
  if (!found) throw new Error(`no subject ${name}`);
  return found.id;
}

beforeAll(async () => {
  a = await createTestDatabase();
  appA = appFor(a);
  const bulk = Array.from({ length: BULK }, (_, i) => `Zeta reaches accuracy ${i + 1} on Bulk.`).join(" ");
  const papers = [
    paper("Alpha Diffusion", "Alpha reaches fid 2.5 on ImageNet. Alpha reaches accuracy 80.1% on CIFAR-10.", {
      date: "2024-01-02",
    }),
    paper("Beta Diffusion", "Beta reaches fid 3.1 on ImageNet. Alpha reaches fid 2.9 on ImageNet.", {
      date: "2023-05-01",
    }),
    paper(INJECTION, "Gamma reaches fid 1.9 on ImageNet. Delta reaches accuracy -0.5 on CIFAR10.", { date: null }),
    paper('Quotes, "commas"\nand a line break', "Gamma reaches accuracy 85 on CIFAR10."),
    paper("Many Results", bulk),
  ];
  await ingestSources(a.db, [{ file: "export.jsonl", papers, problems: [] }], fakeExtractor(), {
    files: ["export.jsonl"],
  });
  // Claims the fake extractor cannot make (a condition, a qualifier, a delta with a baseline), through the importer.
  const seed = join(dir, "seed-claims.jsonl");
  const line = (over: Record<string, unknown>) =>
    JSON.stringify({
      type: "claim",
      paper: { title: "Alpha Card", date: "2024-03-04", url: "https://example.org/alpha", arxivId: "2403.00001" },
      subject: "Alpha",
      dataset: "ImageNet",
      metric: "fid",
      value: 2.7,
      unit: null,
      kind: "absolute",
      qualifier: "approx",
      baseline: null,
      condition: "test split; 50k samples",
      evidence: "FID ~2.7",
      sentence: "",
      valueText: "~2.7",
      sourceKind: "text",
      sourceRef: "cards.txt",
      ...over,
    });
  writeFileSync(
    seed,
    [
      line({}),
      line({
        metric: "accuracy",
        dataset: "CIFAR-10",
        value: 1.5,
        unit: "pp",
        kind: "delta",
        baseline: "Beta",
        qualifier: "exact",
        condition: null,
        valueText: "1.5",
      }),
    ].join("\n"),
  );
  const seeded = await ingestFiles(a, [seed]);
  expect(seeded.problemCounts).toEqual({});
  expect(seeded.claimsInserted).toBe(2);
});

afterAll(async () => {
  for (const h of others) await h.close();
  await a?.close();
});

describe("GET /api/claims/export", () => {
  it("streams every claim as RFC 4180 CSV with the documented columns, as an attachment", async () => {
    const res = await appA.request("/api/claims/export?format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="claims.csv"');
    const text = await res.text();
    expect(text.split("\r\n")[0]).toBe(CLAIM_CSV_COLUMNS.join(","));
    const rows = csvRecords(text);
    const all = await allClaims(appA);
    expect(rows.map((r) => Number(r.id))).toEqual(all.map((c) => c.id));
    const quoted = rows.find((r) => r.paper_title?.startsWith("Quotes"));
    expect(quoted?.paper_title).toBe('Quotes, "commas"\nand a line break');
  });

  it("is not taken by /claims/{id} and defaults to CSV", async () => {
    const res = await appA.request("/api/claims/export");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    await res.text();
  });

  it("defuses formula cells and leaves numbers alone", async () => {
    const rows = csvRecords(await (await appA.request("/api/claims/export?format=csv&subject=Delta")).text());
    expect(rows).toHaveLength(1);
    expect(rows[0]!.paper_title).toBe(`'${INJECTION}`);
    expect(rows[0]!.value).toBe("-0.5");
    expect(rows[0]!.original_value).toBe("");
  });

  it("applies the filters of GET /api/claims, across pages", async () => {
    for (const query of [
      "metric=FID",
      "dataset=cifar10",
      "subject=alpha&metric=fid",
      "kind=delta",
      `benchmark=imagenet--fid`,
      "dataset=Bulk",
    ]) {
      const rows = csvRecords(await (await appA.request(`/api/claims/export?format=csv&${query}`)).text());
      const expected = await allClaims(appA, `&${query}`);
      expect(
        rows.map((r) => Number(r.id)),
        query,
      ).toEqual(expected.map((c) => c.id));
      expect(rows.length, query).toBeGreaterThan(0);
    }
    const bulk = csvRecords(await (await appA.request("/api/claims/export?dataset=Bulk")).text());
    expect(bulk).toHaveLength(BULK);
    expect(new Set(bulk.map((r) => r.value)).size).toBe(BULK);
    const none = await appA.request("/api/claims/export?dataset=NoSuchSet");
    expect(await none.text()).toBe(`${CLAIM_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("writes JSON Lines of importable claim records", async () => {
    const res = await appA.request("/api/claims/export?format=jsonl&subject=Alpha");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="claims.jsonl"');
    const lines = (await res.text())
      .trimEnd()
      .split("\n")
      .map((l) => ClaimLineSchema.parse(JSON.parse(l)));
    expect(lines.length).toBe((await allClaims(appA, "&subject=Alpha")).length);
    expect(lines.find((l) => l.paper.title === "Alpha Card")).toMatchObject({
      paper: { url: "https://example.org/alpha", arxivId: "2403.00001", date: "2024-03-04" },
      sourceKind: "table",
      sourceRef: "seed-claims.jsonl#/1",
      qualifier: "approx",
    });
  });

  it("refuses an unknown format in the error shape", async () => {
    await expectError(appA, "/api/claims/export?format=xml", 400, "VALIDATION_FAILED");
    await expectError(appA, "/api/claims/export?kind=sideways", 400, "VALIDATION_FAILED");
  });
});

describe("JSON Lines round trip", () => {
  it("export → import into a fresh database → export gives the same claims, with import provenance", async () => {
    const exported = await (await appA.request("/api/claims/export?format=jsonl")).text();
    const file = join(dir, "claims.jsonl");
    writeFileSync(file, exported);
    const b = await freshDb();
    const appB = appFor(b);
    const summary = await ingestFiles(b, [file]);
    expect(summary.problemCounts).toEqual({});
    const before = await allClaims(appA);
    const after = await allClaims(appB);
    expect(after.map(claimKey).sort()).toEqual(before.map(claimKey).sort());
    expect(summary.claimsInserted).toBe(before.length);

    const delta = after.find((c) => c.kind === "delta");
    expect(delta).toMatchObject({ baseline: "Beta", unit: "pp" });
    for (const c of after) {
      expect(c.sourceKind).toBe("table");
      expect(c.extractor).toBe("claims-jsonl");
      expect(c.sourceRef).toMatch(/^claims\.jsonl#\/\d+$/);
    }
    // The second export reads back the same way.
    const again = (await (await appB.request("/api/claims/export?format=jsonl")).text()).trimEnd().split("\n");
    expect(again).toHaveLength(before.length);

    // Importing the same file again changes nothing.
    const second = await ingestFiles(b, [file]);
    expect(second).toMatchObject({ claimsInserted: 0, claimsUpdated: 0, claimsRemoved: 0 });
  });

  it("reports lines it cannot import instead of storing them", async () => {
    const file = join(dir, "bad-claims.jsonl");
    const good = (
      await (await appA.request("/api/claims/export?format=jsonl&subject=Gamma&metric=fid")).text()
    ).trimEnd();
    writeFileSync(
      file,
      [
        good,
        "{broken",
        JSON.stringify({ ...JSON.parse(good), subject: null }),
        JSON.stringify({ ...JSON.parse(good), value: "big" }),
      ].join("\n"),
    );
    const c = await freshDb();
    const summary = await ingestFiles(c, [file]);
    expect(summary.claimsInserted).toBe(1);
    expect(Object.keys(summary.problemCounts).sort()).toEqual([
      "claim without a subject or dataset: not importable as a table row",
      "not a claim line: value: Invalid input: expected number, received string",
      "not valid JSON",
    ]);
  });
});

describe("GET /api/benchmarks/{id}/export.csv", () => {
  it("lists every absolute claim with its subject's leaderboard rank and best value", async () => {
    const res = await appA.request("/api/benchmarks/imagenet--fid/export.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="imagenet--fid.csv"');
    const rows = csvRecords(await res.text());
    const board = await getJson(appA, "/api/benchmarks/imagenet--fid/leaderboard", 200, LeaderboardSchema);
    const fid = (await allClaims(appA, "&benchmark=imagenet--fid")).filter((c) => c.kind === "absolute");
    expect(rows.map((r) => Number(r.claim_id)).sort((x, y) => x - y)).toEqual(
      fid.map((c) => c.id).sort((x, y) => x - y),
    );
    for (const r of rows) {
      const entry = board.entries.find((e) => e.subject === r.subject);
      expect(r.subject_rank).toBe(String(entry!.rank));
      expect(Number(r.subject_best_value)).toBe(entry!.value);
      expect(r.is_subject_best).toBe(entry!.claimId === Number(r.claim_id) ? "yes" : "no");
    }
    const alpha = rows.filter((r) => r.subject === "Alpha");
    expect(alpha.map((r) => Number(r.value)).sort()).toEqual([2.5, 2.7, 2.9]);
    expect(new Set(alpha.map((r) => r.subject_best_value))).toEqual(new Set(["2.5"]));
  });

  it("answers 404 in the error shape for an unknown benchmark", async () => {
    await expectError(appA, "/api/benchmarks/nope--fid/export.csv", 404, "NOT_FOUND");
  });
});

describe("GET /api/subjects/{id}/model-index.yaml", () => {
  /** The fields model-index carries, for the subject's absolute claims that name a dataset. */
  const cardKey = (r: {
    value: number;
    metric: string;
    dataset: string;
    condition: string | null;
    unit: string | null;
  }) => JSON.stringify([r.value, r.metric, r.dataset, r.condition, r.unit]);
  const originals = async () =>
    (await allClaims(appA, "&subject=Alpha&kind=absolute"))
      .map((c) => cardKey({ ...c, dataset: c.dataset!.name }))
      .sort();

  it("reads back through the model-index importer to the same records", async () => {
    const id = await subjectId(appA, "Alpha");
    const res = await appA.request(`/api/subjects/${id}/model-index.yaml`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/yaml; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="Alpha.model-index.yaml"');
    const yaml = await res.text();
    const parsed = parseModelIndex(yaml, "alpha.yaml");
    expect(parsed.problems).toEqual([]);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.records.map(cardKey).sort()).toEqual(await originals());
    expect(parsed.records.find((r) => r.value === 2.7)?.qualifier).toBe("approx");
  });

  it("ingests into a fresh database as the same claims", async () => {
    const id = await subjectId(appA, "Alpha");
    const file = join(dir, "Alpha.model-index.yaml");
    writeFileSync(file, await (await appA.request(`/api/subjects/${id}/model-index.yaml`)).text());
    const d = await freshDb();
    const appD = appFor(d);
    const summary = await ingestFiles(d, [file]);
    expect(summary.problemCounts).toEqual({});
    const there = await allClaims(appD, "&subject=Alpha");
    expect(there.map((c) => cardKey({ ...c, dataset: c.dataset!.name })).sort()).toEqual(await originals());
  });

  it("answers 404 for an unknown subject and 400 for a bad id", async () => {
    await expectError(appA, "/api/subjects/999999/model-index.yaml", 404, "NOT_FOUND");
    await expectError(appA, "/api/subjects/abc/model-index.yaml", 400, "VALIDATION_FAILED");
  });
});
