import { describe, expect, it } from "vitest";
import { withUnit } from "../../extractors/unit-text.js";

describe("withUnit (a value's text and its unit, in every view)", () => {
  it("attaches percent and ratio, spaces other units, and leaves a missing unit out", () => {
    expect(withUnit("85.2", "%")).toBe("85.2%");
    expect(withUnit("4.86", "x")).toBe("4.86×");
    expect(withUnit("12", "ms")).toBe("12 ms");
    expect(withUnit("2.27", null)).toBe("2.27");
    expect(withUnit("2.27", "")).toBe("2.27");
  });

  it("takes the caller's space and ratio sign", () => {
    expect(withUnit("12", "ms", { space: "\u00a0" })).toBe("12\u00a0ms");
    expect(withUnit("12", "%", { space: "\u00a0" })).toBe("12%");
    expect(withUnit("1.5", "x", { ratio: "x" })).toBe("1.5x");
  });
});
