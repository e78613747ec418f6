import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Router } from "wouter";
import type { FlagRef } from "../../contracts/flags.js";
import { FlagBadges } from "../../web/src/components/Claims.js";

const flag = (id: number, code: FlagRef["code"]): FlagRef => ({
  id,
  code,
  severity: code === "CONFLICT" ? "high" : "medium",
  status: "open",
});

describe("flag badges", () => {
  it("shows one badge per flag code with its count, not one per flag", () => {
    const badges = createElement(FlagBadges, {
      claimId: 7,
      flags: [
        flag(1, "SOTA_CONTRADICTED"),
        flag(2, "SOTA_CONTRADICTED"),
        flag(3, "SOTA_CONTRADICTED"),
        flag(4, "CONFLICT"),
      ],
    });
    // biome-ignore lint/correctness/noChildrenProp: wouter's Router type requires children among its props
    const html = renderToStaticMarkup(createElement(Router, { ssrPath: "/benchmarks/x", children: badges }));
    expect(html.match(/class="flag-badge severity/g)).toHaveLength(2);
    expect(html).toContain("×3");
    expect(html).not.toContain("×1");
  });

  it("describes each code in words, tied to its link for keyboard and screen-reader users", () => {
    const badges = createElement(FlagBadges, {
      claimId: 7,
      flags: [flag(1, "SOTA_CONTRADICTED"), flag(2, "SOTA_CONTRADICTED"), flag(4, "CONFLICT")],
    });
    // biome-ignore lint/correctness/noChildrenProp: wouter's Router type requires children among its props
    const html = renderToStaticMarkup(createElement(Router, { ssrPath: "/benchmarks/x", children: badges }));
    const links = [...html.matchAll(/<a [^>]*aria-describedby="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toHaveLength(2);
    for (const id of links)
      expect(html).toMatch(new RegExp(`role="tooltip" id="${id.replace(/[^\w-]/g, (c) => `\\${c}`)}"`));
    expect(html).toContain("an earlier paper reported a better number");
    expect(html).toContain("2 open flags of this kind");
  });
});
