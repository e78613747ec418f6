import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { siteInChromium } from "../helpers/browser.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper } from "../helpers/web-server.js";

// GSM8K accuracy in three settings (as reported, zero-shot, 5-shot), and the MATH family: MATH and its
// subset MATH-500. Values on MATH-500 are whole problems out of 500 (0.2% steps), so none is infeasible.
const P = {
  a: testPaper(
    "Wren: Reasoning Small",
    "Wren reaches 81.0% on GSM8K. Wren gets 62.0% on GSM8K zero-shot. Wren scores 70.4% on MATH-500. Wren scores 40.0% on MATH.",
    "2024-02-01",
  ),
  b: testPaper(
    "Finch: Reasoning Large",
    "Finch reaches 88.0% on GSM8K. Finch gets 71.0% on GSM8K zero-shot. Finch gets 84.0% on GSM8K with 5-shot prompting. Finch scores 80.2% on MATH-500.",
    "2024-06-01",
  ),
  c: testPaper("Lark: Reasoning Medium", "Lark reaches 85.0% on GSM8K. Lark scores 52.0% on MATH.", "2024-09-01"),
};
const acc = (subject: string, value: number, dataset: string, evidence: string, condition: string | null = null) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset,
  evidence,
  condition,
});
const extractor = scriptedExtractor({
  [P.a.title]: [
    acc("Wren", 81, "GSM8K", "81.0% on GSM8K"),
    acc("Wren", 62, "GSM8K", "62.0% on GSM8K zero-shot", "zero-shot"),
    acc("Wren", 70.4, "MATH-500", "70.4% on MATH-500"),
    acc("Wren", 40, "MATH", "40.0% on MATH"),
  ],
  [P.b.title]: [
    acc("Finch", 88, "GSM8K", "88.0% on GSM8K"),
    acc("Finch", 71, "GSM8K", "71.0% on GSM8K zero-shot", "zero-shot"),
    acc("Finch", 84, "GSM8K", "84.0% on GSM8K with 5-shot prompting", "5-shot"),
    acc("Finch", 80.2, "MATH-500", "80.2% on MATH-500"),
  ],
  [P.c.title]: [acc("Lark", 85, "GSM8K", "85.0% on GSM8K"), acc("Lark", 52, "MATH", "52.0% on MATH")],
});

const site = siteInChromium({ papers: Object.values(P), extractor });

const subjects = (page: Page) => page.locator(".leaderboard-table tbody th.subject a").allInnerTexts();
const conditions = (page: Page) => page.locator(".leaderboard-table tbody td.condition-cell").allInnerTexts();
// Every claim is a point: those that set a new best are drawn in their own series.
const chartPoints = (page: Page) =>
  page.locator(".series-claims .recharts-scatter-symbol, .series-records .recharts-scatter-symbol").count();

describe("setting tabs on a board, in Chromium", () => {
  it("ranks one setting at a time, with a condition column, and the chart follows the chosen setting", async () => {
    const { page, errors } = await site.open("/benchmarks/gsm8k--accuracy");
    const tabs = page.getByRole("navigation", { name: "Evaluation settings" });
    await tabs.waitFor();
    expect((await tabs.getByRole("link").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim())).toEqual([
      "as reported 3",
      "zero-shot 2",
      "5-shot 1",
    ]);
    expect(await tabs.getByRole("link", { name: /as reported/ }).getAttribute("aria-current")).toBe("page");
    await page.locator(".leaderboard-table tbody tr").first().waitFor();
    expect(await subjects(page)).toEqual(["Finch", "Lark", "Wren"]);
    expect(await page.locator(".leaderboard-table thead th").allTextContents()).toContain("Condition");
    expect(await conditions(page)).toEqual(["—", "—", "—"]);
    await expect.poll(() => chartPoints(page)).toBe(3);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "setting-tabs-as-reported.png"), fullPage: true });

    await tabs.getByRole("link", { name: /zero-shot/ }).click();
    await page.locator("h1", { hasText: "zero-shot" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/benchmarks/gsm8k--accuracy--zero-shot");
    await expect.poll(() => subjects(page)).toEqual(["Finch", "Wren"]);
    expect(await conditions(page)).toEqual(["zero-shot", "zero-shot"]);
    expect(await tabs.getByRole("link", { name: /zero-shot/ }).getAttribute("aria-current")).toBe("page");
    // The chart now draws the zero-shot claims only: 62.0 and 71.0, not the as-reported 81–88.
    await expect.poll(() => chartPoints(page)).toBe(2);
    const ticks = async () =>
      (await page.locator(".recharts-yAxis .recharts-cartesian-axis-tick-value").allTextContents()).map(Number);
    await expect.poll(async () => Math.max(...(await ticks()))).toBeLessThan(80);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "setting-tabs-zero-shot.png"), fullPage: true });

    await tabs.getByRole("link", { name: /5-shot/ }).click();
    await expect.poll(() => subjects(page)).toEqual(["Finch"]);
    expect(await conditions(page)).toEqual(["5-shot"]);
    await expect.poll(() => chartPoints(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a dataset family page, in Chromium", () => {
  it("is reached from a variant's board and lists the variants with their boards and leaders", async () => {
    const { page, errors } = await site.open("/benchmarks/math-500--accuracy");
    await page.getByRole("link", { name: "variant of MATH" }).click();
    await page.getByRole("heading", { level: 1, name: "MATH family" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/datasets\/\d+$/);
    const sections = page.locator("section.family-variant");
    expect(await sections.locator("h2").allInnerTexts()).toEqual(["MATH the family itself", "MATH-500 subset of MATH"]);
    const rowsOf = (i: number) => sections.nth(i).locator("tbody tr").allInnerTexts();
    expect((await rowsOf(0)).map((r) => r.split("\t").map((c) => c.trim()))).toEqual([
      ["Accuracy ↑", "as reported", "2", "2", "Lark · 52.0%"],
    ]);
    expect((await rowsOf(1)).map((r) => r.split("\t").map((c) => c.trim()))).toEqual([
      ["Accuracy ↑", "as reported", "2", "2", "Finch · 80.2%"],
    ]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "dataset-family.png"), fullPage: true });

    // A board link goes to that board.
    await sections.nth(0).getByRole("link", { name: "Accuracy" }).click();
    await page.locator("h1", { hasText: "MATH" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/benchmarks/math--accuracy");
    // The family's own board links to the family too.
    await page.getByRole("link", { name: "MATH and its variants" }).click();
    await page.getByRole("heading", { level: 1, name: "MATH family" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers an unknown dataset with the not-found page", async () => {
    const { page } = await site.open("/datasets/999999");
    await page.getByRole("heading", { name: "Not found" }).waitFor();
    expect(await page.locator(".not-found").innerText()).toContain("Dataset 999999 not found.");
    await page.close();
  });
});

describe("benchmark list filters, in Chromium", () => {
  it("filter by family, setting and minimum subjects, kept in the URL", async () => {
    const { page, errors } = await site.open("/benchmarks");
    const rows = page.locator(".benchmarks-table tbody tr");
    await rows.first().waitFor();
    const boards = async () =>
      (await rows.allInnerTexts()).map((r) =>
        r
          .split("\t")
          .slice(0, 3)
          .map((c) => c.trim().split("\n")[0])
          .join(" | "),
      );
    expect(await rows.count()).toBe(5);

    await page.getByLabel("Dataset family").fill("MATH");
    await expect.poll(() => new URL(page.url()).searchParams.get("family")).toBe("MATH");
    await expect.poll(boards).toEqual(["MATH | Accuracy ↑ | as reported", "MATH-500 | Accuracy ↑ | as reported"]);
    expect(await page.locator(".benchmarks-table .family-link").allInnerTexts()).toEqual(["variant of MATH"]);

    await page.getByLabel("Dataset family").fill("");
    await page.getByLabel("Setting").fill("zero-shot");
    await expect.poll(() => new URL(page.url()).searchParams.get("setting")).toBe("zero-shot");
    await expect.poll(boards).toEqual(["GSM8K | Accuracy ↑ | zero-shot"]);
    expect(new URL(page.url()).searchParams.has("family")).toBe(false);

    await page.getByLabel("Setting").fill("");
    await page.getByLabel("Minimum subjects").selectOption("3");
    await expect.poll(() => new URL(page.url()).searchParams.get("minEntries")).toBe("3");
    await expect.poll(boards).toEqual(["GSM8K | Accuracy ↑ | as reported"]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "benchmark-filters.png"), fullPage: true });

    // The URL alone restores the filters and their controls.
    await page.goto(
      `${site.server.url}/benchmarks?family=MATH&setting=${encodeURIComponent("as reported")}&minEntries=2`,
    );
    await expect.poll(boards).toEqual(["MATH | Accuracy ↑ | as reported", "MATH-500 | Accuracy ↑ | as reported"]);
    expect(await page.getByLabel("Dataset family").inputValue()).toBe("MATH");
    expect(await page.getByLabel("Setting").inputValue()).toBe("as reported");
    expect(await page.getByLabel("Minimum subjects").inputValue()).toBe("2");
    expect(errors).toEqual([]);
    await page.close();
  });
});
