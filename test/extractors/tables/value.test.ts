import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Qualifier, Unit } from "../../../extractors/types.js";
import type { RejectReason } from "../../../extractors/tables/types.js";
import { parseTableValue, rawText } from "../../../extractors/tables/value.js";

type Ok = [value: number, unit: Unit | null, qualifier: Qualifier, note: string | null];

describe("parseTableValue: numbers", () => {
  it.each<[unknown, Ok]>([
    [74.178, [74.178, null, "exact", null]],
    [0, [0, null, "exact", null]],
    ["88.145", [88.145, null, "exact", null]],
    [" 0.651 ", [0.651, null, "exact", null]],
    ["\uFEFF93.3", [93.3, null, "exact", null]],
    ["77.1%", [77.1, "%", "exact", null]],
    ["5 %", [5, "%", "exact", null]],
    ["22M", [22, "M", "exact", null]],
    ["0.46B", [0.46, "B", "exact", null]],
    ["1.2k", [1.2, "K", "exact", null]],
    ["40m", [40, "M", "exact", '"m" read as million']],
    ["3.2x", [3.2, "x", "exact", null]],
    ["12 ms", [12, "ms", "exact", null]],
    ["2,345", [2345, null, "exact", null]],
    ["1,234,567.5", [1234567.5, null, "exact", null]],
    ["-1.5", [-1.5, null, "exact", null]],
    ["−2", [-2, null, "exact", null]],
    ["+1.2", [1.2, null, "exact", "written with a leading +"]],
    [".5", [0.5, null, "exact", null]],
    ["1e-3", [0.001, null, "exact", null]],
    ["63.7*", [63.7, null, "exact", "footnote mark * in the source"]],
    ["60.9+", [60.9, null, "exact", "footnote mark + in the source"]],
    ["10K+", [10, "K", "at_least", null]],
    ["71.2†", [71.2, null, "exact", "footnote mark † in the source"]],
    ["43B?", [43, "B", "approx", "marked uncertain (?) in the source"]],
    ["~3.4", [3.4, null, "approx", null]],
    ["~257M", [257, "M", "approx", null]],
    ["≈ 12", [12, null, "approx", null]],
    ["about 7", [7, null, "approx", null]],
    ["<1", [1, null, "less_than", null]],
    [">90", [90, null, "more_than", null]],
    [">= 90%", [90, "%", "at_least", null]],
    ["≤ 2", [2, null, "up_to", null]],
    ["85.2 ± 0.3", [85.2, null, "exact", "± 0.3"]],
    ["0.25±0.005", [0.25, null, "exact", "±0.005"]],
    ["85.2 +/- 0.3", [85.2, null, "exact", "+/- 0.3"]],
    ["**81.2**", [81.2, null, "exact", "emphasized in the source"]],
    ["_81.2_", [81.2, null, "exact", "emphasized in the source"]],
    ["(88.1)", [88.1, null, "exact", null]],
    ["70.14 (measured by Ge et al., 2018)", [70.14, null, "exact", "measured by Ge et al., 2018"]],
    ["17.1(16.1 with basic dynamic evaluation)", [17.1, null, "exact", "16.1 with basic dynamic evaluation"]],
    ["3.4 GFLOPs", [3.4, null, "exact", "GFLOPs"]],
  ])("%j", (raw, [value, unit, qualifier, note]) => {
    expect(parseTableValue(raw)).toEqual({ ok: true, value, unit, qualifier, note });
  });
});

describe("parseTableValue: rejections", () => {
  it.each<[unknown, RejectReason]>([
    ["", "EMPTY_VALUE"],
    ["   ", "EMPTY_VALUE"],
    [null, "EMPTY_VALUE"],
    [undefined, "EMPTY_VALUE"],
    ["****", "NOT_A_NUMBER"],
    ["-", "DASH_VALUE"],
    ["--", "DASH_VALUE"],
    ["---", "DASH_VALUE"],
    ["--*", "DASH_VALUE"],
    ["–", "DASH_VALUE"],
    ["—", "DASH_VALUE"],
    ["−", "DASH_VALUE"],
    ["?", "UNKNOWN_VALUE"],
    ["N/A", "UNKNOWN_VALUE"],
    ["n/a", "UNKNOWN_VALUE"],
    ["TBD", "UNKNOWN_VALUE"],
    ["Please tell us", "NOT_A_NUMBER"],
    ["Elsner", "NOT_A_NUMBER"],
    ["Yes", "NOT_A_NUMBER"],
    ["**F1**", "NOT_A_NUMBER"],
    ["Stanford conversion **v3.5.0**", "NOT_A_NUMBER"],
    ["v3.5", "NOT_A_NUMBER"],
    ["x".repeat(500), "NOT_A_NUMBER"],
    ["93.0/90.7", "MULTIPLE_VALUES"],
    ["91.6/91.1*", "MULTIPLE_VALUES"],
    ["(32.76 32.07 26.26 22.74)", "MULTIPLE_VALUES"],
    ["(16.97 15.58)", "MULTIPLE_VALUES"],
    ["1.2-1.5", "MULTIPLE_VALUES"],
    ["94,2", "MULTIPLE_VALUES"],
    [Number.NaN, "NON_FINITE"],
    [Number.POSITIVE_INFINITY, "NON_FINITE"],
    ["Infinity", "NON_FINITE"],
    ["NaN", "NON_FINITE"],
    ["1e999", "NON_FINITE"],
    [true, "WRONG_TYPE"],
    [{ value: 1 }, "WRONG_TYPE"],
    [[1, 2], "WRONG_TYPE"],
  ])("%j -> %s", (raw, reason) => {
    expect(parseTableValue(raw)).toEqual({ ok: false, reason });
  });
});

describe("rawText", () => {
  it.each<[unknown, string | null]>([
    ["60.9+", "60.9+"],
    [17.3, "17.3"],
    [null, null],
    [undefined, null],
    [false, "false"],
    [{ a: 1 }, '{"a":1}'],
  ])("%j", (raw, text) => expect(rawText(raw)).toBe(text));
});

describe("parseTableValue on anything", () => {
  it("never throws and only yields finite numbers", () => {
    const check = (raw: unknown) => {
      const r = parseTableValue(raw);
      if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
    };
    fc.assert(fc.property(fc.anything(), check), { numRuns: 500 });
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,-+*~<>=%?±()/ kKmMbB†eE".split("")) }), check),
      { numRuns: 2000 },
    );
  });
});

describe("parseTableValue stays linear", () => {
  it("handles long adversarial cells quickly", () => {
    const cells = [
      "1".repeat(199),
      `${"1,".repeat(99)}1`,
      `**${"*".repeat(195)}**`,
      `~${"9".repeat(150)}${"?".repeat(40)}`,
    ];
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) for (const c of cells) parseTableValue(c);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
