import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntityHistory, EntityIdentity } from "../../contracts/entities.js";
import type { SubjectDetail } from "../../contracts/subjects.js";
import { createToken } from "../../domain/tokens.js";
import { siteInChromium } from "../helpers/browser.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper } from "../helpers/web-server.js";

const P = {
  one: testPaper("Kestrel: Fast Image Generation", "Kestrel reaches an FID of 3.10 on CIFAR-10.", "2023-03-01"),
  two: testPaper("KestrelNet for Small Images", "Our KestrelNet obtains FID 3.45 on CIFAR-10.", "2023-06-01"),
};
const fid = (subject: string, value: number, evidence: string) => ({
  metric: "fid",
  value,
  unit: null,
  subject,
  dataset: "CIFAR-10",
  evidence,
});
const extractor = scriptedExtractor({
  [P.one.title]: [fid("Kestrel", 3.1, "FID of 3.10 on CIFAR-10")],
  [P.two.title]: [fid("KestrelNet", 3.45, "FID 3.45 on CIFAR-10")],
});

const site = siteInChromium({ papers: Object.values(P), extractor });
const { api, subjectId } = site;
let reviewer: string;

beforeAll(async () => {
  reviewer = (await createToken(site.server.db.db, "reviewer", "Identity Reviewer")).token;
});

/** A page whose browser already holds the reviewer token (as the token field would have saved it). */
const openAsReviewer = (path: string) => site.open(path, { height: 1000, token: reviewer });

const claimValues = async (page: Page) =>
  (await page.locator(".subject-group td.value .stated").allTextContents()).map((t) => t.trim()).sort();

describe("identity panel in Chromium", () => {
  it("is hidden without a reviewer token", async () => {
    const { page } = await site.open(`/subjects/${await subjectId("Kestrel")}`);
    await page.locator("h1", { hasText: "Kestrel" }).waitFor();
    await page.locator(".subject-group").first().waitFor();
    expect(await page.locator(".identity-panel").count()).toBe(0);
    await page.close();
  });

  it("merges two subjects, shows their claims together, undoes the merge, then splits a spelling out", async () => {
    const [kestrel, kestrelNet] = [await subjectId("Kestrel"), await subjectId("KestrelNet")];
    const { page, errors } = await openAsReviewer(`/subjects/${kestrel}`);
    const panel = page.locator(".identity-panel");
    await panel.getByRole("heading", { name: "Identity of model or method “Kestrel”" }).waitFor();
    await panel.getByText("No merges or splits yet.").waitFor();
    expect(await claimValues(page)).toEqual(["3.10"]);

    // Merge: find KestrelNet, merge it into this page's subject.
    const picker = panel.getByRole("combobox", { name: "Find another model or method to merge with" });
    await picker.fill("KestrelN");
    await panel.getByRole("option", { name: /KestrelNet/ }).click();
    await panel.getByRole("button", { name: "Merge “KestrelNet” into this model or method" }).click();
    await panel.getByText("Merged: 1 claim and 1 spelling moved.").waitFor();
    // Both papers' claims now sit on this subject's page, in one benchmark group.
    await expect.poll(() => claimValues(page)).toEqual(["3.10", "3.45"]);
    expect(await page.locator(".subject-group").count()).toBe(1);
    const detail = await api<SubjectDetail>(`/subjects/${kestrel}`);
    expect(detail.claimCount).toBe(2);
    const history = panel.locator(".identity-edits li");
    await expect.poll(() => history.count()).toBe(1);
    expect(await history.first().textContent()).toContain("merged “KestrelNet”");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "identity-merged.png"), fullPage: true });

    // Undo it: KestrelNet is back under its own id with its claim.
    await history
      .first()
      .getByRole("button", { name: /^Undo #\d+$/ })
      .click();
    await panel.getByText(/^Undone: subject\.merge #\d+ \(1 claim moved back\)\.$/).waitFor();
    await expect.poll(() => claimValues(page)).toEqual(["3.10"]);
    expect((await api<SubjectDetail>(`/subjects/${kestrelNet}`)).claimCount).toBe(1);
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.first().textContent()).toContain("undid");
    // The undone merge offers no second undo.
    expect(await panel.getByRole("button", { name: /^Undo #/ }).count()).toBe(0);

    // Merge again, then split the KestrelNet spelling out into a new subject.
    await picker.fill("KestrelN");
    await panel.getByRole("option", { name: /KestrelNet/ }).click();
    await panel.getByRole("button", { name: "Merge “KestrelNet” into this model or method" }).click();
    await expect.poll(() => claimValues(page)).toEqual(["3.10", "3.45"]);
    const spelling = panel.getByRole("checkbox", { name: /^KestrelNet \(1 claim\)$/ });
    await spelling.check();
    await panel.getByLabel(/Name of the new model or method/).fill("KestrelNet (split)");
    await panel.getByRole("button", { name: "Split out 1 spelling" }).click();
    await panel.getByText(/^Split out as “KestrelNet \(split\)” \(#\d+\): 1 claim moved\.$/).waitFor();
    await expect.poll(() => claimValues(page)).toEqual(["3.10"]);
    await expect.poll(() => history.count()).toBe(4);
    expect(await history.first().textContent()).toContain("split “KestrelNet” out of “Kestrel”");
    // The split itself can be undone; the server says so.
    const spelled = await api<EntityIdentity>(`/entities/spellings?type=subject&id=${kestrel}`);
    expect(spelled.spellings.map((s) => s.spelling)).toEqual(["Kestrel"]);
    const h = await api<EntityHistory>(`/entities/history?type=subject&id=${kestrel}`);
    expect(h.items[0]).toMatchObject({ action: "subject.split", canUndo: true });
    const created = h.items[0]!.entities.find((id) => id !== kestrel)!;
    const split = await api<SubjectDetail>(`/subjects/${created}`);
    expect(split).toMatchObject({ name: "KestrelNet (split)", claimCount: 1 });
    await page.screenshot({ path: join(SCREENSHOT_DIR, "identity-split.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
