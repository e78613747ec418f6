import { describe, expect, it } from "vitest";
import { ifNoneMatchHits } from "../../api/etag-match.js";

describe("ifNoneMatchHits", () => {
  it("compares weakly, across a list, and takes *", () => {
    const rows: [string | undefined, string, boolean][] = [
      [undefined, '"a"', false],
      ['"a"', '"a"', true],
      ['W/"a"', '"a"', true],
      ['"a"', 'W/"a"', true],
      ['"x", W/"a" ', 'W/"a"', true],
      ["*", '"a"', true],
      ['"ab"', '"a"', false],
      ['"a', '"a"', false],
      ["", '"a"', false],
    ];
    for (const [header, tag, hit] of rows) expect(ifNoneMatchHits(header, tag), `${header} vs ${tag}`).toBe(hit);
  });
});
