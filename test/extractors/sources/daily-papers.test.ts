import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectLayout, parseDailyPapers } from "../../../extractors/sources/daily-papers.js";
import { parseLooseDate } from "../../../extractors/sources/dates.js";
import { titleKey } from "../../../extractors/sources/title-key.js";

const LINES_LAYOUT = [
  "Get trending papers in your email inbox once a day!",
  "Get trending papers in your email inbox!",
  "SubscribeFlashDecoding++: Faster Large Language Model Inference on GPUs",
  "FlashDecoding++ can achieve up to 4.86x speedup.",
  "Second Paper Title",
  "Second abstract with 53.3% on MATH.",
].join("\n");

const BLOCKS_LAYOUT = `new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Dec 4

Efficient Generative Model Training via Embedded Representation Warmup

Our method achieves a 40times acceleration.

  • 4 authors
·
Apr 14 2

Group DETR: Fast DETR Training

Group DETR improves AP by 2.1.

  • 10 authors
·
Jul 26, 2022

No Footer Paper

An abstract whose block has no footer.

Org Paper

An abstract with an organisation footer.

Gensyn Gensyn
·
Nov 27, 2024 2
`;

describe("Daily Papers dumps", () => {
  it("detects the two layouts", () => {
    expect(detectLayout(LINES_LAYOUT)).toBe("lines");
    expect(detectLayout(BLOCKS_LAYOUT)).toBe("blocks");
  });

  it("parses the line layout and strips the Subscribe prefix from the first title", () => {
    const r = parseDailyPapers(LINES_LAYOUT, "p.txt");
    expect(r.papers.map((p) => p.title)).toEqual([
      "FlashDecoding++: Faster Large Language Model Inference on GPUs",
      "Second Paper Title",
    ]);
    expect(r.papers[1]).toMatchObject({
      abstract: "Second abstract with 53.3% on MATH.",
      date: null,
      source: { file: "p.txt", line: 5 },
    });
    expect(r.problems).toEqual([]);
  });

  it("parses the block layout: author and organisation footers, blocks without footers, dates with upvotes", () => {
    const r = parseDailyPapers(BLOCKS_LAYOUT, "b.txt");
    expect(r.papers.map((p) => [p.title, p.date])).toEqual([
      ["Efficient Generative Model Training via Embedded Representation Warmup", null],
      ["Group DETR: Fast DETR Training", "2022-07-26"],
      ["No Footer Paper", null],
      ["Org Paper", "2024-11-27"],
    ]);
    expect(r.papers[0]!.abstract).toBe("Our method achieves a 40times acceleration.");
    expect(r.problems).toEqual([]);
  });

  it("reports a dangling title instead of dropping it silently", () => {
    const r = parseDailyPapers(`${LINES_LAYOUT}\nDangling Title`, "p.txt");
    expect(r.papers).toHaveLength(2);
    expect(r.problems).toEqual([{ line: 7, reason: "title without an abstract at end of file" }]);
  });

  it("reads the bundled sample corpus: 745 papers, 728 distinct titles", () => {
    const dir = "data/daily-papers";
    const all = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .flatMap((f) => parseDailyPapers(readFileSync(`${dir}/${f}`, "utf8"), f).papers);
    expect(all).toHaveLength(745);
    expect(new Set(all.map((p) => titleKey(p.title))).size).toBe(728);
    for (const p of all) {
      expect(p.title.startsWith("Subscribe")).toBe(false);
      expect(p.title.length).toBeLessThan(300);
      expect(p.abstract.length).toBeGreaterThan(100);
    }
  });
});

describe("dates", () => {
  it.each([
    ["Jul 26, 2022", "2022-07-26"],
    ["Nov 27, 2024 2", "2024-11-27"],
    ["Apr 14 2", null],
    ["Oct 8", null],
    ["2023-02-03", "2023-02-03"],
    ["2023-02-31", null],
    ["Foo 3, 2020", null],
    ["", null],
  ])("%s -> %s", (text, iso) => {
    expect(parseLooseDate(text)).toBe(iso);
  });
});
