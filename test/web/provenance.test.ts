import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SubjectList } from "../../contracts/subjects.js";
import { createToken } from "../../domain/tokens.js";
import { siteInChromium } from "../helpers/browser.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper } from "../helpers/web-server.js";

// A system's page shows its numbers side by side by where they come from, and marks a third party that
// disagrees with its own; a board shows each entry's tier and filters by it.
const P = {
  own: testPaper("Heron: Careful Reasoning", "Heron reaches 71.0% on GSM8K and 40.0% on MATH.", "2024-03-01"),
  other: testPaper(
    "Osprey Beats Heron",
    "Osprey reaches 80.0% on GSM8K, against 63.0% for Heron, and 41.0% on MATH against 40.2% for Heron.",
    "2024-05-01",
  ),
};
const acc = (subject: string, value: number, dataset: string, attribution: "own" | "other") => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset,
  evidence: `${value.toFixed(1)}%`,
  attribution,
});
const extractor = scriptedExtractor({
  [P.own.title]: [acc("Heron", 71, "GSM8K", "own"), acc("Heron", 40, "MATH", "own")],
  [P.other.title]: [
    acc("Osprey", 80, "GSM8K", "own"),
    acc("Heron", 63, "GSM8K", "other"),
    acc("Osprey", 41, "MATH", "own"),
    acc("Heron", 40.2, "MATH", "other"),
  ],
});
const CARD = `model-index:
- name: Heron
  results:
  - dataset: {type: gsm8k, name: GSM8K}
    metrics:
    - {type: accuracy, value: 71.2}
`;

const site = siteInChromium({ papers: Object.values(P), extractor });
let heronId: number;

beforeAll(async () => {
  const { token } = await createToken(site.server.db.db, "reviewer", "tester");
  await site.api("/ingest?format=model-index&filename=heron.yaml", {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    body: CARD,
  });
  const subjects = await site.api<SubjectList>("/subjects?limit=50");
  heronId = subjects.items.find((s) => s.name === "Heron")!.id;
});

describe("provenance tiers, in Chromium", () => {
  it("a system's page shows its best number per tier side by side and marks the third party that disagrees", async () => {
    const { page, errors } = await site.open(`/subjects/${heronId}`);
    const panel = page.locator(".provenance-panel");
    await panel.waitFor();
    expect(await panel.locator("thead th").allTextContents()).toEqual([
      "Benchmark",
      "self-reported",
      "another paper",
      "imported table",
    ]);
    const gsm = panel.locator('tr[data-benchmark="gsm8k--accuracy"]');
    expect(await gsm.locator('td[data-tier="self"]').innerText()).toContain("71.0%");
    expect(await gsm.locator('td[data-tier="other_paper"]').innerText()).toContain("63.0%");
    expect(await gsm.locator('td[data-tier="imported"]').innerText()).toContain("71.2");
    // 63.0 quoted by Osprey's paper disagrees with Heron's own 71.0; the table's 71.2 agrees within tolerance.
    expect(await gsm.locator("td.disagrees").count()).toBe(1);
    expect(await gsm.locator('td[data-tier="other_paper"].disagrees').count()).toBe(1);
    // MATH: 40.2 from another paper agrees with 40.0 (within 2%), so nothing is marked; disagreements are listed first.
    const rows = panel.locator("tbody tr");
    expect(await rows.first().getAttribute("data-benchmark")).toBe("gsm8k--accuracy");
    expect(await panel.locator('tr[data-benchmark="math--accuracy"] td.disagrees').count()).toBe(0);
    await panel.getByText("a third-party number disagrees with the self-reported one", { exact: false }).waitFor();
    await panel.screenshot({ path: join(SCREENSHOT_DIR, "provenance-subject.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a board shows each entry's tier, explained on keyboard focus, and filters by tier", async () => {
    const { page } = await site.open("/benchmarks/gsm8k--accuracy");
    const rows = page.locator(".leaderboard-table tbody tr");
    await rows.first().waitFor();
    const tierOf = async () =>
      (await rows.all()).map(async (r) => [
        await r.locator("th.subject a").first().innerText(),
        await r.locator(".tier-badge").getAttribute("data-tier"),
      ]);
    expect(await Promise.all(await tierOf())).toEqual([
      ["Osprey", "self"],
      ["Heron", "imported"],
    ]);
    // The badge's meaning shows when it has keyboard focus, not only on hover.
    const badge = rows.nth(1).locator(".tier-badge");
    await badge.focus();
    const tip = rows.nth(1).locator(".tier-badge-wrap [role=tooltip]");
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain("Imported from a leaderboard table");

    await page.getByRole("checkbox", { name: "another paper" }).check();
    await page.locator(".leaderboard-table tbody", { hasText: "63.0%" }).waitFor();
    expect(page.url()).toContain("tier=other_paper");
    expect(await rows.count()).toBe(1);
    await page.getByRole("checkbox", { name: "self-reported" }).check();
    await page.locator(".leaderboard-table tbody", { hasText: "Osprey" }).waitFor();
    expect(page.url()).toContain("tier=self%2Cother_paper");
    expect(await Promise.all(await tierOf())).toEqual([
      ["Osprey", "self"],
      ["Heron", "self"],
    ]);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "provenance-board.png"), fullPage: true });
    await page.close();
  });

  it("copies the board as shown (same filters) as a Markdown table", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/benchmarks/gsm8k--accuracy?tier=self`);
    await page.locator(".leaderboard-table tbody tr").first().waitFor();
    await page.getByRole("button", { name: "Copy as Markdown" }).click();
    await page.locator(".markdown-export [role=status]", { hasText: "Copied a Markdown table of 2 rows" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("| Rank | System | Model | Accuracy | Paper | Link |");
    expect(copied).toContain("| 2 | Heron |  | 71.0% | Heron: Careful Reasoning |  |");
    expect(copied).toContain("tiers: self");
    expect(await page.getByRole("link", { name: "open .md" }).getAttribute("href")).toBe(
      "/api/benchmarks/gsm8k--accuracy/export.md?entries=trusted&tier=self",
    );
    await context.close();
  });
});
