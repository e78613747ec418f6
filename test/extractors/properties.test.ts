import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../extractors/claims/index.js";
import { parseDailyPapers } from "../../extractors/sources/daily-papers.js";
import { parseSource, SourceFormatError } from "../../extractors/sources/index.js";
import { parseArxivAtom, parseArxivSnapshot } from "../../extractors/tables/arxiv.js";
import { parseModelIndex } from "../../extractors/tables/model-index.js";
import { parsePwc } from "../../extractors/tables/pwc.js";
import { parseTableValue } from "../../extractors/tables/value.js";
import { ClaimSchema } from "../../extractors/types.js";

// Text that looks like abstracts: numbers, units, LaTeX, metric words, and noise.
const token = fc.oneof(
  fc.constantFrom(
    "53.3\\%",
    "$\\times$",
    "4.86x",
    "2.17times",
    "FID",
    "accuracy",
    "on",
    "ImageNet",
    "up to",
    "by",
    "half",
    "doubling",
    "(",
    ")",
    "%",
    "7.5-29.5X",
    "from 12 to 3",
    "1e309",
    "NaN",
    "Infinity",
    "-0",
    "\\",
    "$",
    "{",
    "}",
  ),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }).map(String),
  fc.integer().map(String),
);
const abstract = fc.array(token, { maxLength: 80 }).map((t) => t.join(" "));
const finite = (n: number) => Number.isFinite(n);

describe("parsers and extractors never throw and never produce NaN or Infinity", () => {
  it("claim extractor on abstract-like and arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(abstract, fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 })),
        fc.string({ maxLength: 60 }),
        (text, title) => {
          const claims = extractClaims({ title, abstract: text });
          for (const c of claims) {
            ClaimSchema.parse(c);
            expect(finite(c.value)).toBe(true);
            expect(text.slice(c.start, c.end)).toBe(c.evidence);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("table cell values", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.anything(), token), (raw) => {
        const r = parseTableValue(raw);
        if (r.ok) expect(finite(r.value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("Papers with Code trees of any shape", () => {
    const leaf = fc.oneof(fc.string({ maxLength: 10 }), fc.double(), fc.constant(null), fc.boolean());
    const row = fc.record(
      {
        model_name: fc.oneof(fc.string({ maxLength: 10 }), leaf),
        paper_title: leaf,
        paper_date: leaf,
        metrics: fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), leaf), leaf),
      },
      { requiredKeys: [] },
    );
    const dataset = fc.record(
      {
        dataset: leaf,
        sota: fc.oneof(fc.record({ rows: fc.oneof(fc.array(row, { maxLength: 4 }), leaf) }), leaf),
        subdatasets: fc.oneof(fc.array(fc.anything(), { maxLength: 2 }), leaf),
      },
      { requiredKeys: [] },
    );
    const task = fc.record(
      {
        task: leaf,
        datasets: fc.oneof(fc.array(dataset, { maxLength: 3 }), leaf),
        subtasks: fc.oneof(fc.array(fc.anything(), { maxLength: 2 }), leaf),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(task, { maxLength: 3 }), fc.anything()), (data) => {
        const r = parsePwc(data, "fuzz.json");
        for (const rec of r.records) expect(finite(rec.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("text formats: Daily Papers, JSON Lines, JSON, Atom, snapshots, model-index", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.json(), abstract, fc.string({ unit: "binary", maxLength: 200 })),
        (text) => {
          parseDailyPapers(text, "f.txt");
          parseArxivAtom(text, "f.xml");
          parseArxivSnapshot(text, "f.jsonl");
          for (const rec of parseModelIndex(text, "README.md").records) expect(finite(rec.value)).toBe(true);
          for (const name of ["f.jsonl", "f.json", "f.txt"]) {
            try {
              parseSource(text, name);
            } catch (err) {
              // Refusing a whole file is allowed, but only with the one clear error type.
              expect(err).toBeInstanceOf(SourceFormatError);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
