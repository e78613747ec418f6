import { describe, expect, it } from "vitest";
import { detectFormat, parseSource, SourceFormatError } from "../../../extractors/sources/index.js";

describe("JSON Lines and JSON sources", () => {
  it("parses records and reports bad lines with their line numbers", () => {
    const text = [
      JSON.stringify({ title: "A", abstract: "x", date: "2024-02-03", arxiv_id: "2402.01234" }),
      "",
      "{not json",
      JSON.stringify({ title: "", abstract: "y" }),
      JSON.stringify({ title: "B" }),
      JSON.stringify({ paper_id: "p", title: "C", abstract: "z", claims: [] }),
    ].join("\n");
    const r = parseSource(text, "f.jsonl");
    expect(r.format).toBe("jsonl");
    expect(r.papers.map((p) => [p.title, p.date, p.arxivId, p.source.line])).toEqual([
      ["A", "2024-02-03", "2402.01234", 1],
      ["C", null, null, 6],
    ]);
    expect(r.problems.map((p) => p.line)).toEqual([3, 4, 5]);
    expect(r.problems[0]!.reason).toMatch(/not valid JSON/);
    expect(r.problems[2]!.reason).toMatch(/abstract/);
  });

  it("parses a JSON array", () => {
    const r = parseSource(JSON.stringify([{ title: "A", abstract: "x" }, { title: 3 }]), "f.json");
    expect(r.format).toBe("json");
    expect(r.papers).toHaveLength(1);
    expect(r.problems[0]!.reason).toMatch(/^record 2: title/);
  });

  it("detects formats and refuses what it cannot read with a clear error", () => {
    expect(detectFormat("x.jsonl", "{}")).toBe("jsonl");
    expect(detectFormat("x.txt", "Get trending papers in your email inbox!\n")).toBe("daily-papers");
    expect(() => parseSource("\u0000\u0001binary garbage", "blob.bin")).toThrow(SourceFormatError);
    expect(() => parseSource("[{", "broken.json")).toThrow(/broken.json is not valid JSON/);
  });
});
