import { describe, expect, it } from "vitest";
import { parseCellValue } from "../../../extractors/imports/value.js";

describe("leaderboard cell values", () => {
  it.each<[unknown, number, string | null, string, string | null]>([
    ["77.1%", 77.1, "%", "exact", null],
    ["60.9+", 60.9, null, "exact", "marked + in the source"],
    ["63.7*", 63.7, null, "exact", "marked * in the source"],
    ["22M", 22, "M", "exact", null],
    ["0.46B", 0.46, "B", "exact", null],
    ["13m", 13, "M", "exact", '"m" read as million'],
    ["120k", 120, "K", "exact", null],
    ["**81.2**", 81.2, null, "exact", "bold in the source"],
    ["85.2 ± 0.3", 85.2, null, "exact", "± 0.3"],
    ["2,345", 2345, null, "exact", null],
    ["~3.4", 3.4, null, "approx", null],
    ["<1", 1, null, "less_than", null],
    [">90", 90, null, "more_than", null],
    ["12B?", 12, "B", "approx", "marked ? in the source"],
    ["\uFEFF88.5", 88.5, null, "exact", null],
    ["−3.2", -3.2, null, "exact", null],
    ["91.53 (measured by Ge et al., 2018)", 91.53, null, "exact", "(measured by Ge et al., 2018)"],
    [42, 42, null, "exact", null],
    [0.5, 0.5, null, "exact", null],
  ])("%s", (raw, value, unit, qualifier, note) => {
    expect(parseCellValue(raw)).toEqual({ ok: true, value, unit, qualifier, note });
  });

  it.each<[unknown, string]>([
    ["", "EMPTY_VALUE"],
    [null, "EMPTY_VALUE"],
    ["-", "DASH_VALUE"],
    ["--*", "DASH_VALUE"],
    ["—", "DASH_VALUE"],
    ["Please tell us", "NOT_A_NUMBER"],
    ["Elsner", "NOT_A_NUMBER"],
    ["Yes", "NOT_A_NUMBER"],
    ["81.2/79.9", "MULTIPLE_VALUES"],
    ["(88.12 87.21)", "MULTIPLE_VALUES"],
    ["93.5(93.9 with dynamic eval)", "MULTIPLE_VALUES"],
    [Number.POSITIVE_INFINITY, "NON_FINITE"],
    ["1e999", "NON_FINITE"],
    [{ v: 1 }, "NOT_A_NUMBER"],
  ])("rejects %s as %s", (raw, reason) => {
    expect(parseCellValue(raw)).toEqual({ ok: false, reason });
  });
});
