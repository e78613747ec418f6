import { describe, expect, it } from "vitest";
import { evaluateRules } from "../../../domain/flags/rules.js";
import { claimFact } from "../../helpers/claim-fact.js";
import type { ClaimFact } from "../../../domain/flags/types.js";

const fact = (over: Partial<ClaimFact>): ClaimFact => claimFact({ paperDate: "2025-01-01", ...over });

const opts = { lowConfidence: 0.5, tolerance: () => 0.01 };
const sota = (facts: ClaimFact[]) => evaluateRules(facts, opts).filter((f) => f.code === "SOTA_CONTRADICTED");
const claimSota = {
  paperId: 9,
  paperDate: "2025-06-01",
  subjectId: 99,
  subjectName: "Ours",
  value: 82,
  sentence: "We set a new state of the art with 82%.",
};

describe("SOTA_CONTRADICTED checks the board of the same setting as of the paper's date", () => {
  it("a better entry of another setting's board does not contradict", () => {
    const fineTuned = fact({
      paperId: 2,
      subjectId: 1,
      value: 90,
      setting: "fine-tuned",
      benchmarkId: "imagenet--accuracy--fine-tuned",
    });
    const zeroShotEarlier = fact({
      paperId: 3,
      subjectId: 2,
      value: 70,
      setting: "zero-shot",
      benchmarkId: "imagenet--accuracy--zero-shot",
    });
    const ours = fact({ ...claimSota, setting: "zero-shot", benchmarkId: "imagenet--accuracy--zero-shot" });
    expect(sota([fineTuned, zeroShotEarlier, ours])).toEqual([]);
    // The same number on the zero-shot board, earlier: contradicted, naming the setting.
    const better = fact({
      paperId: 4,
      subjectId: 3,
      subjectName: "Prior",
      value: 85,
      setting: "zero-shot",
      benchmarkId: "imagenet--accuracy--zero-shot",
    });
    const [flag] = sota([fineTuned, zeroShotEarlier, better, ours]);
    expect(flag!.claimIds).toEqual([ours.id, better.id]);
    expect(flag!.explanation).toContain("(zero-shot)");
    expect(flag!.explanation).toContain("Prior reported 85%");
  });

  it("only entries from papers dated before the claim's paper count, not the whole board", () => {
    const later = fact({ paperId: 2, paperDate: "2025-09-01", subjectId: 1, value: 95 });
    const sameDay = fact({ paperId: 3, paperDate: "2025-06-01", subjectId: 2, value: 95 });
    const earlierWorse = fact({ paperId: 4, paperDate: "2025-03-01", subjectId: 3, value: 75 });
    expect(sota([later, sameDay, earlierWorse, fact(claimSota)])).toEqual([]);
  });

  it("the board's best of each system is what counts, and the best system is named", () => {
    const a = fact({ paperId: 2, paperDate: "2025-02-01", subjectId: 1, subjectName: "A", value: 84 });
    const b = fact({ paperId: 3, paperDate: "2025-03-01", subjectId: 2, subjectName: "B", value: 88 });
    const [flag] = sota([a, b, fact(claimSota)]);
    expect(flag!.claimIds[1]).toBe(b.id);
  });

  it("a fraction on a percentage board ranks as a percentage (0.79 is 79%, below 82%)", () => {
    const fraction = fact({ paperId: 2, paperDate: "2025-02-01", subjectId: 1, value: 0.79, unit: null });
    expect(sota([fraction, fact(claimSota)])).toEqual([]);
    const better = fact({ paperId: 3, paperDate: "2025-02-01", subjectId: 2, value: 0.88, unit: null });
    expect(sota([fraction, better, fact(claimSota)])).toHaveLength(1);
  });

  it("entries a board leaves out do not contradict: no named system, out of range, or rejected", () => {
    const unnamed = fact({ paperId: 2, subjectId: null, subjectName: null, value: 90 });
    const outOfRange = fact({ paperId: 3, subjectId: 2, value: 137.6 });
    const rejected = fact({ paperId: 4, subjectId: 3, value: 91, reviewStatus: "rejected" });
    expect(sota([unnamed, outOfRange, rejected, fact(claimSota)])).toEqual([]);
  });

  it("a held number a reviewer accepted is back on the board and contradicts", () => {
    // An outlier far ahead of five others is held unless accepted.
    const others = [70, 71, 72, 73, 74].map((v, i) =>
      fact({ paperId: 20 + i, paperDate: "2025-01-01", subjectId: 30 + i, value: v }),
    );
    const leader = fact({ paperId: 2, paperDate: "2025-02-01", subjectId: 1, value: 99 });
    expect(sota([...others, leader, fact(claimSota)])).toEqual([]);
    expect(sota([...others, { ...leader, reviewStatus: "accepted" }, fact(claimSota)])).toHaveLength(1);
  });
});
