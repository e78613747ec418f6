import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Leaderboard } from "../../contracts/benchmarks.js";
import type { PaperList } from "../../contracts/papers.js";
import { ingestPapers } from "../../domain/ingest.js";
import { emptyTouched } from "../../domain/ingest-counts.js";
import { recomputeFlags } from "../../domain/flags/recompute.js";
import { createToken } from "../../domain/tokens.js";
import { siteInChromium } from "../helpers/browser.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper } from "../helpers/web-server.js";

// The board as of a day, its changes, and a pinned embed that stays put while the live one moves.
const P = {
  alpha: testPaper("Alpha: Early Reasoning", "Alpha reaches 70.0% on GSM8K.", "2024-01-10"),
  beta: testPaper("Beta: Better Reasoning", "Beta reaches 80.0% on GSM8K.", "2024-06-10"),
  gamma: testPaper("Gamma: Later Reasoning", "Gamma reaches 85.0% on GSM8K.", "2024-09-01"),
  zeta: testPaper("Zeta: Newest Reasoning", "Zeta reaches 95.0% on GSM8K.", "2024-02-01"),
};
const acc = (subject: string, value: number) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset: "GSM8K",
  evidence: `${value.toFixed(1)}%`,
});
const extractor = scriptedExtractor({
  [P.alpha.title]: [acc("Alpha", 70)],
  [P.beta.title]: [acc("Beta", 80)],
  [P.gamma.title]: [acc("Gamma", 85)],
  [P.zeta.title]: [acc("Zeta", 95)],
});
const BOARD = "gsm8k--accuracy";

// Zeta arrives later, in the pinned-embed test.
const site = siteInChromium({ papers: [P.alpha, P.beta, P.gamma], extractor });
const { api } = site;
let reviewer: string;

beforeAll(async () => {
  reviewer = (await createToken(site.server.db.db, "reviewer", "Ada")).token;
});

const open = (path: string, asReviewer = false) =>
  site.open(path, { height: 1000, token: asReviewer ? reviewer : undefined });

const subjects = async (page: Page) =>
  (await page.locator(".leaderboard-table tbody th.subject a").allTextContents()).map((t) => t.trim());

describe("history in Chromium", () => {
  it("a paper links to the board when it came out; the as-of control moves the board through time", async () => {
    const papers = await api<PaperList>(`/papers?q=${encodeURIComponent("Better Reasoning")}`);
    const { page, errors } = await open(`/papers/${papers.items[0]!.id}`);
    await page.locator(".boards-then a").click();
    await page.locator(".as-of-note").waitFor();
    expect(page.url()).toContain("asOf=2024-06-10");
    await page.locator(".leaderboard-table tbody tr").first().waitFor();
    expect(await subjects(page)).toEqual(["Beta", "Alpha"]);
    expect(await page.locator(".as-of-note").innerText()).toContain("2024-06-10");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "history-as-of.png"), fullPage: true });

    await page.locator(".as-of input[type=date]").fill("2024-03-01");
    await page.waitForURL(/asOf=2024-03-01/);
    await page.locator(".leaderboard-table tbody", { hasNotText: "Beta" }).waitFor();
    expect(await subjects(page)).toEqual(["Alpha"]);

    await page.getByRole("button", { name: "Back to today" }).click();
    await page.locator(".leaderboard-table tbody", { hasText: "Gamma" }).waitFor();
    expect(await subjects(page)).toEqual(["Gamma", "Beta", "Alpha"]);
    expect(page.url()).not.toContain("asOf");
    expect(errors).toEqual([]);
  });

  it("the Changes view lists a correction with its old and new value, and the claims stored", async () => {
    const board = await api<Leaderboard>(`/benchmarks/${BOARD}/leaderboard`);
    const beta = board.entries.find((e) => e.subject === "Beta")!;
    await api(`/claims/${beta.claimId}/corrections`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ value: 78, note: "Table 2 says 78.0" }),
    });
    const { page, errors } = await open(`/benchmarks/${BOARD}`);
    await page.getByRole("button", { name: "Changes" }).click();
    const list = page.locator(".change-list");
    await list.waitFor();
    expect(page.url()).toContain("view=changes");
    const items = (await list.locator("li").allInnerTexts()).map((t) => t.replace(/\s+/g, " "));
    expect(items[0]).toContain("corrected: Beta 80% → 78%");
    expect(items[0]).toContain("Table 2 says 78.0");
    expect(items[0]).toContain("Ada");
    expect(items.filter((t) => t.includes("new claim"))).toHaveLength(3);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "history-changes.png"), fullPage: true });

    // Since a day after everything: nothing.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.locator(".board-changes input[type=date]").fill(tomorrow);
    await page.getByText(`Nothing changed on this board since ${tomorrow}`).waitFor();
    expect(errors).toEqual([]);
  });

  it("a pinned embed stays the same after new data arrives; the live embed changes", async () => {
    const { page, errors } = await open(`/benchmarks/${BOARD}`, true);
    await page.getByRole("button", { name: "Pin this view" }).click();
    const link = page.getByRole("link", { name: "Open the pinned embed" });
    await link.waitFor();
    const pinnedUrl = (await link.getAttribute("href"))!;
    expect(pinnedUrl).toMatch(/\/embed\/pins\/[0-9a-f]{24}$/);
    expect(await page.locator(".pinned-links textarea").first().inputValue()).toContain(pinnedUrl);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "history-pin-button.png"), fullPage: true });

    // A fresh context per look: the embeds are cacheable (the pinned one for a year), and the test must see the server's answer.
    const look = async (url: string, shot?: string) => {
      const context = await site.browser.newContext({ viewport: { width: 820, height: 640 } });
      const embed = await context.newPage();
      const res = await embed.goto(url);
      expect(res!.status()).toBe(200);
      const out = {
        html: await embed.content(),
        text: await embed.locator("body").innerText(),
        shot: await embed.screenshot(shot ? { path: join(SCREENSHOT_DIR, shot) } : {}),
      };
      await context.close();
      return out;
    };
    const liveUrl = `${site.server.url}/embed/benchmarks/${BOARD}`;
    const pinnedBefore = await look(pinnedUrl);
    const liveBefore = await look(liveUrl);
    expect(pinnedBefore.text).toContain("pinned ");
    expect(pinnedBefore.text).not.toContain("Zeta");

    // New data: a paper whose number leads the board, and a reviewer rejecting an entry.
    const touched = emptyTouched();
    await ingestPapers(site.server.db.db, [P.zeta], extractor, [], touched);
    await recomputeFlags(site.server.db.db, touched);
    const board = await api<Leaderboard>(`/benchmarks/${BOARD}/leaderboard`);
    await api(`/claims/${board.entries.find((e) => e.subject === "Alpha")!.claimId}/review`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ action: "reject" }),
    });

    const pinnedAfter = await look(pinnedUrl, "history-pinned-after.png");
    const liveAfter = await look(liveUrl, "history-live-after.png");
    expect(pinnedAfter.html).toBe(pinnedBefore.html);
    expect(Buffer.compare(pinnedAfter.shot, pinnedBefore.shot)).toBe(0);
    expect(liveAfter.text).toContain("Zeta");
    expect(liveAfter.text).not.toBe(liveBefore.text);
    expect(errors).toEqual([]);
  });
});
