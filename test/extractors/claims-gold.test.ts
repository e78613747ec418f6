import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../extractors/claims/index.js";

const GOLD = "test/fixtures/claims-gold/dev.jsonl";
const SCORER = "test/fixtures/claims-gold/score.mjs";

// Acceptance thresholds on the dev set (the held-out set is scored the same way).
const MIN = { claimF1: 0.8, numberF1: 0.9, subject: 0.8, dataset: 0.85, qualifier: 0.9, kind: 0.85 };

describe("claims gold set (dev)", () => {
  it("scores above the acceptance thresholds with the real scorer", () => {
    const lines: string[] = [];
    for (const line of readFileSync(GOLD, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const paper = JSON.parse(line) as { title: string; abstract: string };
      for (const c of extractClaims(paper)) lines.push(JSON.stringify({ title: paper.title, ...c }));
    }
    const dir = mkdtempSync(join(tmpdir(), "claims-gold-"));
    try {
      const pred = join(dir, "pred.jsonl");
      writeFileSync(pred, `${lines.join("\n")}\n`);
      const out = execFileSync(process.execPath, [SCORER, GOLD, pred], { encoding: "utf8" });
      const num = (re: RegExp) => {
        const mt = re.exec(out);
        if (!mt?.[1]) throw new Error(`scorer output not understood:\n${out}`);
        return Number(mt[1]);
      };
      const scores = {
        claimF1: num(/claim_f1=([\d.]+)/),
        numberF1: num(/numbers \(value only\):.*F1=([\d.]+)/),
        subject: num(/subject=([\d.]+)/),
        dataset: num(/dataset=([\d.]+)/),
        qualifier: num(/qualifier=([\d.]+)/),
        kind: num(/kind=([\d.]+)/),
      };
      console.log(out.trim());
      for (const [k, min] of Object.entries(MIN)) {
        expect(scores[k as keyof typeof scores], `${k} in\n${out}`).toBeGreaterThanOrEqual(min);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
