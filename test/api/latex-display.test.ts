import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile } from "../helpers/api.js";
import { csvRecords } from "../helpers/csv.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

// LaTeX in titles, names and sentences reads the same in embeds and exports as on the pages ("A²FM").
const fixture = databaseForFile();
const TITLE = "A\\textsuperscript{2}FM: Agents on $512\\times512$ Images";
const ABSTRACT = "A2FM reaches an impressive $82.6\\%$ $k$-NN accuracy on PM\\textsuperscript{4}Bench.";

beforeAll(async () => {
  const extractor = scriptedExtractor({
    [TITLE]: [
      {
        metric: "accuracy",
        value: 82.6,
        unit: "%",
        subject: "A2FM",
        dataset: "PM\\textsuperscript{4}Bench",
        evidence: "82.6\\%",
      },
    ],
  });
  await ingestSources(fixture.db, [{ file: "t.jsonl", papers: [paper(TITLE, ABSTRACT)] }], extractor, {
    files: ["t.jsonl"],
  });
});

const boardId = async () => {
  const list = (await (await fixture.app.request("/api/benchmarks?limit=10")).json()) as {
    items: { id: string; dataset: string }[];
  };
  return list.items[0]!;
};

describe("LaTeX shown as text outside the pages", () => {
  it("stores titles, names and evidence as written (offsets index the abstract as given)", async () => {
    const b = await boardId();
    // Names pass through the identity rules, which drop braces: "\textsuperscript4" is still LaTeX to show as ⁴.
    expect(b.dataset).toBe("PM\\textsuperscript4Bench");
    const claims = (await (await fixture.app.request("/api/claims?limit=10")).json()) as {
      items: { evidence: string; paper: { title: string } }[];
    };
    expect(claims.items[0]).toMatchObject({ evidence: "82.6\\%", paper: { title: TITLE } });
  });

  it("the SVG and HTML embeds and the oEmbed title read A²FM, PM⁴Bench and 512×512", async () => {
    const { id } = await boardId();
    const svg = await (await fixture.app.request(`/embed/benchmarks/${id}.svg`)).text();
    expect(svg).toContain("accuracy on PM⁴Bench");
    expect(svg).toContain("A²FM: Agents on 512×512 Images");
    expect(svg).not.toContain("\\textsuperscript");
    const html = await (await fixture.app.request(`/embed/benchmarks/${id}`)).text();
    expect(html).toContain("A²FM: Agents on 512×512 Images");
    expect(html).not.toContain("\\textsuperscript");
    const oembed = z
      .object({ title: z.string() })
      .parse(
        await (
          await fixture.app.request(`/api/oembed?url=${encodeURIComponent(`http://localhost/benchmarks/${id}`)}`)
        ).json(),
      );
    expect(oembed.title).toBe("accuracy on PM⁴Bench");
  });

  it("CSV exports read as text; JSON Lines keep what was stored, so they import back to the same paper", async () => {
    const { id } = await boardId();
    const [board] = csvRecords(await (await fixture.app.request(`/api/benchmarks/${id}/export.csv`)).text());
    expect(board).toMatchObject({
      dataset: "PM⁴Bench",
      paper_title: "A²FM: Agents on 512×512 Images",
      evidence: "82.6%",
    });
    const [claim] = csvRecords(await (await fixture.app.request("/api/claims/export?format=csv")).text());
    expect(claim).toMatchObject({
      paper_title: "A²FM: Agents on 512×512 Images",
      dataset: "PM⁴Bench",
      evidence: "82.6%",
    });
    const line = JSON.parse((await (await fixture.app.request("/api/claims/export?format=jsonl")).text()).trim()) as {
      paper: { title: string };
      evidence: string;
    };
    expect([line.paper.title, line.evidence]).toEqual([TITLE, "82.6\\%"]);
  });

  it("the Markdown export reads as text", async () => {
    const { id } = await boardId();
    const md = await (await fixture.app.request(`/api/benchmarks/${id}/export.md?entries=all`)).text();
    expect(md).toContain("**PM⁴Bench · Accuracy**");
    expect(md).toContain("| A²FM: Agents on 512×512 Images |");
  });
});
