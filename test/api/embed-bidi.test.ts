import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app.js";
import { rowsOf, type DatabaseHandle } from "../../db/client.js";
import { ingestPapers } from "../../domain/ingest.js";
import { createTestDatabase } from "../helpers/db.js";
import { scriptedExtractor, testPaper } from "../helpers/web-server.js";

// Issue 15, finding 10: "Bidi\u202egnp.exe" rendered as "Bidiexe.png" in the PNG embed and the page title.
const SPOOF = "Bidi\u202egnp.exe";
const CONTROLS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
const paper = testPaper("A paper on a spoofed benchmark", `SpoofNet reaches FID 2.5 on ${SPOOF}.`, "2024-01-01");
const extractor = scriptedExtractor({
  [paper.title]: [
    { metric: "fid", value: 2.5, unit: null, subject: `Spoof\u202eNet`, dataset: SPOOF, evidence: "FID 2.5" },
  ],
});

let h: DatabaseHandle;
let app: ReturnType<typeof createApp>;
let id: string;
beforeAll(async () => {
  h = await createTestDatabase();
  await ingestPapers(h.db, [paper], extractor, []);
  app = createApp({ db: h.db, dbKind: h.kind });
  [{ id }] = rowsOf<{ id: string }>(
    await h.db.execute(sql`select benchmark_id as id from claims where benchmark_id is not null limit 1`),
  ) as [{ id: string }];
});
afterAll(async () => {
  await h.close();
});

describe("a benchmark whose dataset name holds a right-to-left override", () => {
  it("is titled without it on the embed page, in the SVG the PNG is drawn from, and in oEmbed", async () => {
    const page = await (await app.request(`/embed/benchmarks/${id}`)).text();
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
    expect(title).toContain("Bidignp.exe");
    expect(title).not.toMatch(CONTROLS);
    expect(page).not.toMatch(CONTROLS);

    const svg = await (await app.request(`/embed/benchmarks/${id}.svg`)).text();
    expect(svg).toContain("Bidignp.exe");
    expect(svg).not.toMatch(CONTROLS);

    const png = await app.request(`/embed/benchmarks/${id}.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");

    const oembed = (await (
      await app.request(`/api/oembed?url=${encodeURIComponent(`http://localhost/benchmarks/${id}`)}`)
    ).json()) as { title?: string };
    expect(oembed.title ?? "").not.toMatch(CONTROLS);
  });
});
