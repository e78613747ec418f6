import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDailyPapersApi } from "../../../extractors/sources/daily-papers-api.js";

const day = JSON.parse(
  readFileSync(new URL("../../fixtures/importers/hf-daily-2025-01-15.json", import.meta.url), "utf8"),
);

describe("parseDailyPapersApi", () => {
  it("reads each entry's paper: title, abstract on one line, arXiv id and url, publication date", () => {
    const r = parseDailyPapersApi(day, "hf-daily:2025-01-15", "2025-01-15");
    expect(r.problems).toEqual([]);
    expect(r.papers[0]).toEqual({
      title: "Sparse Mixture Adapters for Efficient Fine-Tuning",
      abstract:
        "We introduce SMA, a sparse mixture of low-rank adapters. SMA reaches 84.1% accuracy on GLUE while training 0.3% of the parameters, and achieves up to 2.4x speedup over LoRA.",
      date: "2025-01-14",
      url: "https://arxiv.org/abs/2501.08001",
      arxivId: "2501.08001",
      source: { file: "hf-daily:2025-01-15", line: null },
    });
    expect(r.papers).toHaveLength(2);
  });

  it("falls back to the entry's own fields and the day asked for; counts what is not a paper", () => {
    const r = parseDailyPapersApi(
      [{ title: "Only Outer", summary: "An abstract." }, { paper: { id: "x" } }, 42],
      "f",
      "2025-02-03",
    );
    expect(r.papers).toEqual([
      {
        title: "Only Outer",
        abstract: "An abstract.",
        date: "2025-02-03",
        url: null,
        arxivId: null,
        source: { file: "f", line: null },
      },
    ]);
    expect(r.problems).toEqual([
      { line: null, reason: "entry without a title", where: "/1" },
      { line: null, reason: "entry is not a Daily Papers entry", where: "/2" },
    ]);
    expect(parseDailyPapersApi({ error: "Invalid date" }, "f").problems[0]!.reason).toBe(
      "Daily Papers API answer is not a list",
    );
  });
});
