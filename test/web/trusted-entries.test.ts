import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRY_CONFIDENCE_THRESHOLD as ENTRY_THRESHOLD } from "../../extractors/claims/confidence.js";
import { siteInChromium } from "../helpers/browser.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper } from "../helpers/web-server.js";

const P = {
  sure: testPaper("Heron: Careful Reasoning", "Heron reaches 71.0% on GSM8K.", "2024-03-01"),
  unsure: testPaper("Osprey: Bold Reasoning", "Osprey reaches 93.0% on GSM8K.", "2024-05-01"),
};
const acc = (subject: string, value: number, confidence: number) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset: "GSM8K",
  evidence: `${value.toFixed(1)}%`,
  confidence,
});
const extractor = scriptedExtractor({
  [P.sure.title]: [acc("Heron", 71, 0.99)],
  [P.unsure.title]: [acc("Osprey", 93, ENTRY_THRESHOLD - 0.4)],
});

const site = siteInChromium({ papers: Object.values(P), extractor });

describe("trusted entries on a board, in Chromium", () => {
  it("hides an unsure single-paper number by default, says so, and shows it one click away", async () => {
    const { page, errors } = await site.open("/benchmarks/gsm8k--accuracy");
    const rows = page.locator(".leaderboard-table tbody tr");
    await rows.first().waitFor();
    const note = page.locator(".entry-scope");
    await note.getByText("1 system with only unverified numbers hidden", { exact: false }).waitFor();
    expect(await page.locator(".leaderboard-table tbody").innerText()).not.toContain("Osprey");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "trusted-entries-default.png"), fullPage: true });

    await note.getByRole("button", { name: "Show all entries" }).click();
    await page.locator(".leaderboard-table tbody", { hasText: "Osprey" }).waitFor();
    expect(page.url()).toContain("entries=all");
    expect(
      (await rows.allInnerTexts()).map((t) =>
        t
          .split("\t")
          .find((c) => /Heron|Osprey/.test(c))
          ?.trim(),
      ),
    ).toEqual(["Osprey", "Heron"]);
    await page.locator(".entry-scope").getByRole("button", { name: "Show trusted entries only" }).click();
    await page.locator(".entry-scope", { hasText: "hidden" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
