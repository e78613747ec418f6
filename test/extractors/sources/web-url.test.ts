import { describe, expect, it } from "vitest";
import { webUrl } from "../../../extractors/sources/web-url.js";

describe("webUrl", () => {
  it("keeps absolute http and https links, normalized", () => {
    expect(webUrl(" https://arxiv.org/abs/2212.09748 ")).toBe("https://arxiv.org/abs/2212.09748");
    expect(webUrl("HTTP://Example.org/a b")).toBe("http://example.org/a%20b");
  });

  it("drops every other scheme, relative paths and garbage", () => {
    for (const bad of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "file:///etc/passwd",
      "/papers/1",
      "//evil.example/x",
      "not a url",
      "",
      "   ",
      null,
      undefined,
    ]) {
      expect(webUrl(bad), String(bad)).toBeNull();
    }
  });
});
