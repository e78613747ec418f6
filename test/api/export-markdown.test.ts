import { beforeAll, describe, expect, it } from "vitest";
import { ingestSources } from "../../domain/ingest.js";
import { markdownCell, markdownLink } from "../../extractors/export/markdown.js";
import { databaseForFile, expectError } from "../helpers/api.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor } from "../helpers/web-server.js";

const fixture = databaseForFile();
const acc = (subject: string, value: number, valueText: string, extra: object = {}) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset: "GSM8K",
  evidence: `${valueText}%`,
  ...extra,
});
const TITLES = {
  pipe: "Pipes | and\nnewlines: A\\textsuperscript{2}FM on $512\\times512$",
  link: "[click](https://evil.example) <script>alert(1)</script>",
  plain: "Plain Paper",
};

beforeAll(async () => {
  const extractor = scriptedExtractor({
    [TITLES.pipe]: [acc("A2FM", 91.5, "91.50")],
    [TITLES.link]: [acc("Evil|Net", 88, "88.0", { model: "Llama 3 8B" })],
    [TITLES.plain]: [acc("Plain", 70, "70.0", { attribution: "other" })],
  });
  const papers = [
    { ...paper(TITLES.pipe, "A2FM reaches 91.50% on GSM8K."), url: "https://example.org/a (v2)" },
    { ...paper(TITLES.link, "Evil|Net reaches 88.0% on GSM8K."), arxivId: "2501.01234" },
    { ...paper(TITLES.plain, "Plain reaches 70.0% on GSM8K."), url: "javascript:alert(1)" },
  ];
  await ingestSources(fixture.db, [{ file: "t.jsonl", papers }], extractor, { files: ["t.jsonl"] });
});

/** The cells of a GFM table row, split on bars that are not escaped. */
const cells = (line: string) => line.slice(2, -2).split(/(?<!\\) \| /);

describe("GET /api/benchmarks/{id}/export.md", () => {
  it("is a GitHub-flavoured table: rank, system, model, value as written, paper, link; one line per entry", async () => {
    const res = await fixture.app.request("/api/benchmarks/gsm8k--accuracy/export.md?entries=all");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const md = await res.text();
    const lines = md.trimEnd().split("\n");
    expect(lines[0]).toBe("**GSM8K · Accuracy** (higher is better; setting: as reported; every extracted entry)");
    expect(lines[2]).toBe("| Rank | System | Model | Accuracy | Paper | Link |");
    expect(lines[3]).toBe("| ---: | --- | --- | ---: | --- | --- |");
    const rows = lines.slice(4).map(cells);
    expect(rows.map((r) => r.length)).toEqual([6, 6, 6]);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["1", "A2FM", "91.50%"],
      ["2", "Evil\\|Net", "88.0%"],
      ["3", "Plain", "70.0%"],
    ]);
    expect(rows[1]![2]).toBe("Llama 3 8B");
  });

  it("cleans LaTeX, escapes bars and markup, removes line breaks, and links only http(s) pages", async () => {
    const md = await (await fixture.app.request("/api/benchmarks/gsm8k--accuracy/export.md?entries=all")).text();
    const [first, second, third] = md.trimEnd().split("\n").slice(4).map(cells);
    expect(first![4]).toBe("Pipes \\| and newlines: A²FM on 512×512");
    expect(first![5]).toBe("[paper](https://example.org/a%20%28v2%29)");
    expect(second![4]).toBe("\\[click\\](https://evil.example) \\<script\\>alert(1)\\</script\\>");
    expect(second![5]).toBe("[paper](https://arxiv.org/abs/2501.01234)");
    expect(third![5]).toBe("");
    expect(md).not.toContain("javascript:");
  });

  it("takes the leaderboard's filters: every entry, one tier", async () => {
    const md = await (
      await fixture.app.request("/api/benchmarks/gsm8k--accuracy/export.md?entries=all&tier=other_paper")
    ).text();
    expect(md.split("\n")[0]).toContain("every extracted entry, tiers: other\\_paper");
    expect(
      md
        .trimEnd()
        .split("\n")
        .slice(4)
        .map((l) => cells(l)[1]),
    ).toEqual(["Plain"]);
  });

  it("by default holds the trusted entries, and says how many systems it leaves out", async () => {
    const md = await (await fixture.app.request("/api/benchmarks/gsm8k--accuracy/export.md")).text();
    expect(md.split("\n")[0]).toContain("; trusted entries)");
    expect(md).toMatch(/\n1 system with only unverified numbers is not listed\.\n$/);
  });

  it("answers 404 for an unknown board and 400 for a bad filter, in the error shape", async () => {
    await expectError(fixture.app, "/api/benchmarks/nope--accuracy/export.md", 404, "NOT_FOUND");
    await expectError(fixture.app, "/api/benchmarks/gsm8k--accuracy/export.md?tier=blog", 400, "VALIDATION_FAILED");
  });

  it("is documented in the OpenAPI description", async () => {
    const doc = (await (await fixture.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.paths["/benchmarks/{id}/export.md"]?.get).toBeDefined();
  });
});

describe("markdown cells", () => {
  it.each([
    ["a | b", "a \\| b"],
    ["line\r\nbreak\n\nagain", "line break again"],
    ["*bold* _it_ `code` ~~s~~ # h ![img](x)", "\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\# h \\!\\[img\\](x)"],
    ["back\\slash", "back\\\\slash"],
  ])("%j -> %j", (input, output) => {
    expect(markdownCell(input)).toBe(output);
  });

  it("links only http(s) URLs", () => {
    expect(markdownLink("x", "ftp://a")).toBe("x");
    expect(markdownLink("x", "https://a.b/c|d")).toBe("[x](https://a.b/c%7Cd)");
  });
});
