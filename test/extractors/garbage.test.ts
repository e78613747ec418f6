import { describe, expect, it } from "vitest";
import { extractClaims } from "../../extractors/claims/index.js";
import { ClaimSchema } from "../../extractors/types.js";

function check(abstract: string, title = "Garbage: In, Out") {
  const claims = extractClaims({ title, abstract });
  for (const c of claims) {
    expect(() => ClaimSchema.parse(c)).not.toThrow();
    expect(c.start).toBeLessThanOrEqual(c.end);
    expect(c.end).toBeLessThanOrEqual(abstract.length);
    expect(abstract.slice(c.start, c.end)).toBe(c.evidence);
  }
  return claims;
}

// Deterministic pseudo-random bytes so failures reproduce.
function randomBytes(n: number, seed: number): string {
  let x = seed >>> 0;
  let out = "";
  for (let i = 0; i < n; i++) {
    x = (x * 1664525 + 1013904223) >>> 0;
    out += String.fromCharCode(x & 0xffff);
  }
  return out;
}

describe("garbage input", () => {
  it("survives random binary", () => {
    for (let seed = 1; seed <= 20; seed++) check(randomBytes(3000, seed));
  });

  it("survives random ASCII with digits and units", () => {
    const alphabet = "0123456789.,%x× -()$\\{}timesupto of by ";
    let x = 7;
    let s = "";
    for (let i = 0; i < 20000; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += alphabet[x % alphabet.length];
    }
    check(s);
  });

  it("handles a 10 MB single line quickly", () => {
    const unit = "we achieve up to 4.86x speedup and 53.3\\% accuracy on MATH with $\\times 2.1 ";
    const big = unit.repeat(Math.ceil(10_000_000 / unit.length));
    const t0 = performance.now();
    check(big);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("handles pathological repetition without catastrophic backtracking", () => {
    const inputs = [
      "1".repeat(200_000),
      "1-".repeat(100_000),
      `${"a ".repeat(100_000)}1%`,
      `${"(".repeat(50_000)}1%${")".repeat(50_000)}`,
      `${"up to ".repeat(30_000)}5x`,
      `${"1, ".repeat(50_000)}2% accuracy`,
      "\\".repeat(100_000),
      "$".repeat(100_000),
      "on A".repeat(50_000),
    ];
    for (const s of inputs) {
      const t0 = performance.now();
      check(s);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });

  it("handles unbalanced LaTeX, lone surrogates and NUL bytes", () => {
    check("Our method is $\\times faster with 2.1$\\times speedup and {53.3\\% accuracy");
    check("We reach 4.86x speedup \uD800 and 12% \uDC00 gains \u0000 on GPUs\u0000.");
    check("\u0000\u0000 3.5\u0000x \uD83D speedup");
    check("");
  });

  it("never throws on non-string fields", () => {
    expect(() =>
      extractClaims({ title: undefined as unknown as string, abstract: null as unknown as string }),
    ).not.toThrow();
  });
});
