import type { Claim, ClaimExtractor } from "../../extractors/types.js";

/**
 * A deterministic extractor for tests that need to control their rows. It understands one sentence form:
 * "<Subject> reaches <metric> <value> on <Dataset>", with metric fid, accuracy or perplexity.
 */
export function fakeExtractor(version = "1"): ClaimExtractor {
  return {
    name: "fake",
    version,
    extract({ abstract }) {
      const out: Claim[] = [];
      for (const m of abstract.matchAll(
        /([A-Za-z][\w+-]*) reaches (fid|accuracy|perplexity) (-?[\d.]+)(%?) on ([A-Za-z][\w-]*)/g,
      )) {
        const start = m.index;
        const evidence = m[0];
        out.push({
          value: Number(m[3]),
          unit: m[4] ? "%" : null,
          metric: m[2]!,
          kind: "absolute",
          qualifier: "exact",
          subject: m[1]!,
          dataset: m[5]!,
          baseline: null,
          condition: null,
          evidence,
          start,
          end: start + evidence.length,
          // Stands for a right reading: sure enough to rank on a default board.
          confidence: 0.99,
        });
      }
      return out;
    },
  };
}

export function paper(title: string, abstract: string, extra: { date?: string | null; file?: string } = {}) {
  return {
    title,
    abstract,
    date: extra.date ?? null,
    url: null,
    arxivId: null,
    source: { file: extra.file ?? "test.jsonl", line: 1 },
  };
}
