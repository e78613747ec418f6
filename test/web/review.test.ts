import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { Leaderboard } from "../../contracts/benchmarks.js";
import type { FlagList } from "../../contracts/flags.js";
import { createToken } from "../../domain/tokens.js";
import { siteInChromium } from "../helpers/browser.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper } from "../helpers/web-server.js";

const IMAGENET = "ImageNet 256x256";
const FID_ID = "imagenet-256x256--fid";

const P = {
  dit: testPaper(
    "Scalable Diffusion Models with Transformers",
    "Our largest model, DiT-XL/2, reaches an FID of 2.27 on ImageNet 256x256, while the latent diffusion baseline LDM-4 scores FID 3.60.",
    "2022-12-19",
  ),
  sit: testPaper(
    "Flow Matching Transformers at Scale",
    "SiT-XL achieves FID 2.06 on ImageNet 256x256. In our reproduction, DiT-XL/2 obtains FID 2.55 on ImageNet 256x256.",
    "2024-01-16",
  ),
  maskgit: testPaper(
    "MaskGIT: Masked Generative Image Transformer",
    "MaskGIT-L attains FID 4.02 on ImageNet 256x256, and its encoder reaches 68.0% accuracy on ImageNet.",
    "2022-02-08",
  ),
  vit: testPaper(
    "Vision Transformers Need Registers",
    "Adding register tokens lifts ViT-L to 84.1% accuracy on ImageNet.",
    "2023-09-28",
  ),
};

const fid = (subject: string, value: number, evidence: string) => ({
  metric: "fid",
  value,
  unit: null,
  subject,
  dataset: IMAGENET,
  evidence,
});
const acc = (subject: string, value: number, evidence: string) => ({
  metric: "accuracy",
  value,
  unit: "%" as const,
  subject,
  dataset: "ImageNet",
  evidence,
});

const extractor = scriptedExtractor({
  [P.dit.title]: [fid("DiT-XL/2", 2.27, "FID of 2.27 on ImageNet 256x256"), fid("LDM-4", 3.6, "FID 3.60")],
  // DiT-XL/2 again, another number: a CONFLICT.
  [P.sit.title]: [
    fid("SiT-XL", 2.06, "FID 2.06 on ImageNet 256x256"),
    fid("DiT-XL/2", 2.55, "FID 2.55 on ImageNet 256x256"),
  ],
  [P.maskgit.title]: [
    fid("MaskGIT-L", 4.02, "FID 4.02 on ImageNet 256x256"),
    acc("MaskGIT-L", 68, "68.0% accuracy on ImageNet"),
  ],
  [P.vit.title]: [acc("ViT-L", 84.1, "84.1% accuracy on ImageNet")],
});

// Refused writes (401/403) are the point of some steps; the page says so in words.
const site = siteInChromium({ papers: Object.values(P), extractor }, { allowConsole: /status of (401|403|404)/ });
const { api, subjectId } = site;
let reviewer: string;
let viewer: string;

beforeAll(async () => {
  reviewer = (await createToken(site.server.db.db, "reviewer", "Browser Reviewer")).token;
  viewer = (await createToken(site.server.db.db, "viewer", "Browser Viewer")).token;
});

const noWiderThan = (page: Page, width: number) =>
  page.evaluate((w) => document.documentElement.scrollWidth <= w, width);

describe("subjects, comparison and review in Chromium", () => {
  it("subject page groups every claim by benchmark and charts where papers disagree", async () => {
    const id = await subjectId("DiT-XL/2");
    const { page, errors } = await site.open(`/subjects/${id}`);
    await page.locator("h1", { hasText: "DiT-XL/2" }).waitFor();
    const group = page.locator(".subject-group", { hasText: IMAGENET });
    await group.waitFor();
    // Oldest paper first; the best (lowest FID) is the leaderboard's pick.
    expect((await group.locator("td.value .stated").allTextContents()).map((t) => t.trim())).toEqual(["2.27", "2.55"]);
    expect(await group.locator(".best-row td.value .stated").textContent()).toBe("2.27");
    expect(await group.locator(".group-summary").textContent()).toContain("rank 2 of 4");
    expect(await group.locator(".disagree-badge").textContent()).toContain("2 values from 2 papers");
    // Both claims carry the CONFLICT badge, linking to the review queue.
    expect(await group.locator("a.flag-badge").count()).toBe(2);
    // The chart: one dot per claim; the best as a diamond.
    const dots = page.locator(".mini-chart .recharts-scatter-symbol path");
    await expect.poll(() => dots.count(), { timeout: 15_000 }).toBe(2);
    expect(await page.locator(".mini-chart .series-records .recharts-scatter-symbol path").count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "subject.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();

    const phone = await site.open(`/subjects/${id}`, { width: 390, height: 844 });
    await phone.page.locator(".mini-chart .recharts-scatter-symbol path").first().waitFor();
    expect(await noWiderThan(phone.page, 390)).toBe(true);
    await phone.page.screenshot({ path: join(SCREENSHOT_DIR, "subject-phone.png"), fullPage: true });
    expect(phone.errors).toEqual([]);
    await phone.page.close();
  });

  it("compare view shows two subjects side by side, the best in bold by the metric's direction", async () => {
    const [dit, sit] = [await subjectId("DiT-XL/2"), await subjectId("SiT-XL")];
    const { page, errors } = await site.open(`/compare?subjects=${dit}`);
    await page.getByText("Pick at least one more").waitFor();
    // Add the second one with the picker: type, arrow, Enter.
    const picker = page.getByRole("combobox", { name: "Add a model or method" });
    await picker.fill("sit");
    await page.getByRole("option", { name: /SiT-XL/ }).waitFor();
    await picker.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("subjects")).toBe(`${dit},${sit}`);
    const table = page.locator("table.compare-table");
    await table.waitFor();
    expect((await table.locator("thead th").allTextContents()).slice(1)).toEqual(["DiT-XL/2", "SiT-XL"]);
    const row = table.locator("tbody tr", { hasText: "FID" });
    expect(await row.locator("td").allTextContents()).toEqual([
      expect.stringContaining("2.27"),
      expect.stringContaining("2.06"),
    ]);
    // Lower FID is better: SiT-XL's 2.06 is the bold one.
    expect(await row.locator("td.leader strong").textContent()).toBe("2.06");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "compare.png"), fullPage: true });

    // The selection is in the URL and survives a reload; removing one says what is missing.
    await page.reload();
    await table.waitFor();
    await page.getByRole("button", { name: "Remove SiT-XL" }).click();
    await page.getByText("Pick at least one more").waitFor();
    expect(errors).toEqual([]);
    await page.close();

    const phone = await site.open(`/compare?subjects=${dit},${sit}`, { width: 390, height: 844, dark: true });
    await phone.page.locator("table.compare-table").waitFor();
    expect(await noWiderThan(phone.page, 390)).toBe(true);
    await phone.page.screenshot({ path: join(SCREENSHOT_DIR, "compare-phone-dark.png"), fullPage: true });
    await phone.page.close();
  });

  it("a reviewer resolves a conflict in the dashboard and the leaderboard updates", async () => {
    const before = await api<Leaderboard>(`/benchmarks/${FID_ID}/leaderboard`);
    expect(before.entries.find((e) => e.subject === "DiT-XL/2")).toMatchObject({
      value: 2.27,
      flags: [expect.objectContaining({ code: "CONFLICT" })],
    });

    const { page, errors } = await site.open("/review?code=CONFLICT");
    const card = page.locator(".flag-card").first();
    await card.waitFor();
    expect(await page.locator(".flag-card").count()).toBe(1);
    expect(await card.locator(".flag-explanation").textContent()).toContain("DiT-XL/2");
    // Side by side: both claims with their sentences and papers.
    expect(await card.locator(".claim-card").count()).toBe(2);
    expect(await card.locator(".claim-card-paper a").allTextContents()).toEqual([P.dit.title, P.sit.title]);
    expect(await card.locator(".claim-card-sentence mark").allTextContents()).toEqual([
      "FID of 2.27 on ImageNet 256x256",
      "FID 2.55 on ImageNet 256x256",
    ]);

    // Without a token, then with a viewer's: the page says why nothing happened.
    await card.getByRole("button", { name: /Accept DiT-XL\/2 2.27/ }).click();
    await page.getByText("paste a reviewer token in the field above first").waitFor();
    await page.getByLabel("Reviewer token").fill(viewer);
    await page.getByRole("button", { name: "Save token" }).click();
    await card.getByRole("button", { name: /Accept DiT-XL\/2 2.27/ }).click();
    await page.getByText("This token may not review").waitFor();
    await page.getByRole("button", { name: "Forget token" }).click();
    await page.getByLabel("Reviewer token").fill("cb_not-a-real-token");
    await page.getByRole("button", { name: "Save token" }).click();
    await card.getByRole("button", { name: /Accept DiT-XL\/2 2.27/ }).click();
    await page.getByText("The server did not accept the reviewer token").waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "review-token-refused.png"), fullPage: true });
    await page.getByRole("button", { name: "Forget token" }).click();
    await page.getByLabel("Reviewer token").fill(reviewer);
    await page.getByRole("button", { name: "Save token" }).click();
    await page.getByRole("button", { name: "Forget token" }).waitFor();

    // Keyboard: "?" shows the shortcuts; "e" edits the selected (first) claim.
    await page.locator("h1").click();
    await page.keyboard.press("?");
    await page.getByRole("region", { name: "Keyboard shortcuts" }).waitFor();
    await page.keyboard.press("e");
    const value = card.getByLabel("Corrected value");
    await value.waitFor();
    expect(await value.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "review.png"), fullPage: true });
    await value.fill("2.17");
    await card.getByLabel(/^Note/).fill("the paper's table says 2.17; the abstract has a typo");
    await card.getByRole("button", { name: "Save correction" }).click();
    await page.getByText("corrected from 2.27 to 2.17").waitFor();
    // The card shows the correction: original struck through.
    await expect.poll(() => card.locator(".claim-card").first().locator("del").textContent()).toBe("extracted as 2.27");

    await card.getByRole("button", { name: /Resolve flag/ }).click();
    await page.getByText(/Flag \d+ resolved/).waitFor();
    // The open queue has nothing left of this kind.
    await page.getByText("No flags match these filters.").waitFor();
    expect(errors).toEqual([]);

    // The leaderboard page now shows the corrected value, with the extracted one struck through, and no open flag.
    await page.goto(`${site.server.url}/benchmarks/${FID_ID}`);
    const row = page.locator("table.leaderboard-table tbody tr", {
      has: page.locator("th.subject a", { hasText: /^DiT-XL\/2$/ }),
    });
    await row.waitFor();
    expect(await row.locator("td.value ins").textContent()).toBe("2.17");
    expect(await row.locator("td.value del").textContent()).toBe("extracted as 2.27");
    expect(await row.locator(".flag-badge").count()).toBe(0);
    expect((await page.locator("table.leaderboard-table th.subject a").allTextContents())[0]).toBe("SiT-XL");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "leaderboard-after-review.png"), fullPage: true });
    const after = await api<Leaderboard>(`/benchmarks/${FID_ID}/leaderboard`);
    expect(after.entries.find((e) => e.subject === "DiT-XL/2")).toMatchObject({
      value: 2.17,
      originalValue: 2.27,
      reviewStatus: "corrected",
      flags: [],
    });

    // The resolved flag is kept as history in the queue.
    const resolved = await api<FlagList>("/flags?status=resolved&code=CONFLICT");
    expect(resolved.items[0]).toMatchObject({
      status: "resolved",
      resolutionNote: "the paper's table says 2.17; the abstract has a typo",
    });
    await page.goto(`${site.server.url}/review?status=resolved`);
    await page.locator(".flag-card").first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "review-resolved.png"), fullPage: true });
    await page.close();
  });

  it("review page reads well in dark mode and at phone width", async () => {
    const { page, errors } = await site.open("/review?status=all", { width: 390, height: 844, dark: true });
    await page.locator(".flag-card").first().waitFor();
    expect(await noWiderThan(page, 390)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "review-phone-dark.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();

    const home = await site.open("/", { dark: true });
    await home.page.locator("table.benchmarks-table tbody tr").first().waitFor();
    await home.page.locator(".subject-chips a").first().waitFor();
    await home.page.screenshot({ path: join(SCREENSHOT_DIR, "home-dark.png"), fullPage: true });
    await home.page.close();
    const homePhone = await site.open("/?q=transformer", { width: 390, height: 844 });
    await homePhone.page.getByRole("option").first().waitFor();
    expect(await noWiderThan(homePhone.page, 390)).toBe(true);
    await homePhone.page.screenshot({ path: join(SCREENSHOT_DIR, "home-phone.png"), fullPage: true });
    await homePhone.page.close();
  });
});
