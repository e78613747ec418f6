import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BenchmarkList, Leaderboard } from "../../contracts/benchmarks.js";
import type { PaperList } from "../../contracts/papers.js";
import { siteInChromium } from "../helpers/browser.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper } from "../helpers/web-server.js";

const IMAGENET = "ImageNet 256x256";
// How the dataset registry names that variant: resolutions are written with a multiplication sign.
const IMAGENET_SHOWN = "ImageNet 256×256";

const P = {
  dit: testPaper(
    "Scalable Diffusion Models with Transformers",
    "We explore a new class of diffusion models based on the transformer architecture. Our largest model, DiT-XL/2, " +
      "reaches an FID of 2.27 on ImageNet 256x256, while the latent diffusion baseline LDM-4 scores FID 3.60 on the same benchmark.",
    "2022-12-19",
    { arxivId: "2212.09748" },
  ),
  maskgit: testPaper(
    "MaskGIT: Masked Generative Image Transformer",
    "MaskGIT-L attains FID 4.02 on ImageNet 256x256 and decodes 64x faster than autoregressive decoding.",
    "2022-02-08",
  ),
  sit: testPaper(
    "Flow Matching Transformers at Scale",
    "Using the same backbone, SiT-XL achieves FID 1.98 on ImageNet 256x256, 0.29 lower than DiT-XL/2, " +
      "and a linear-probe accuracy of 71.4% on ImageNet.",
    "2024-01-16",
  ),
  undated: testPaper(
    "Efficient Samplers Without a Date",
    "EffSampler reaches FID 2.10 on ImageNet 256x256 with 8 sampling steps.",
    null,
  ),
  vit: testPaper(
    "Vision Transformers Need Registers",
    "Adding register tokens lifts ViT-L to 84.1% accuracy on ImageNet, and the MaskGIT-L encoder reaches 68.0% accuracy.",
    "2023-09-28",
  ),
  none: testPaper(
    "A Position Paper With No Numbers",
    "We argue that benchmarks should be read with care.",
    "2023-05-01",
  ),
};

const fid = (subject: string, value: number, evidence: string, extra = {}) => ({
  metric: "fid",
  value,
  unit: null,
  subject,
  dataset: IMAGENET,
  evidence,
  ...extra,
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
  [P.maskgit.title]: [fid("MaskGIT-L", 4.02, "FID 4.02 on ImageNet 256x256")],
  [P.sit.title]: [
    fid("SiT-XL", 1.98, "FID 1.98 on ImageNet 256x256"),
    // Overlaps the absolute claim's evidence: both must highlight without breaking the text.
    fid("SiT-XL", 0.29, "1.98 on ImageNet 256x256, 0.29 lower than DiT-XL/2", { kind: "delta", baseline: "DiT-XL/2" }),
    acc("SiT-XL", 71.4, "accuracy of 71.4% on ImageNet"),
  ],
  [P.undated.title]: [fid("EffSampler", 2.1, "FID 2.10 on ImageNet 256x256", { condition: "8 sampling steps" })],
  [P.vit.title]: [acc("ViT-L", 84.1, "84.1% accuracy on ImageNet"), acc("MaskGIT-L", 68, "68.0% accuracy")],
});

// Pages fail their test on any uncaught error or console error in the dashboard, but for 404s (asked for on purpose).
const site = siteInChromium({ papers: Object.values(P), extractor }, { allowConsole: /status of 404/ });
const { api } = site;

async function benchmarkId(metric: string): Promise<string> {
  const list = await api<BenchmarkList>(`/benchmarks?metric=${encodeURIComponent(metric)}`);
  const b = list.items.find((x) => x.metric === metric);
  if (!b) throw new Error(`no ${metric} benchmark in ${JSON.stringify(list.items)}`);
  return b.id;
}

describe("dashboard in Chromium", () => {
  it("home lists the largest benchmarks and recent papers, and its search box is keyboard-first", async () => {
    const { page, errors } = await site.open("/");
    const table = page.locator("table.benchmarks-table");
    await table.waitFor();
    await expect.poll(() => table.locator("tbody tr").count()).toBe(2);
    const fidRow = table.locator("tbody tr", { hasText: "FID" });
    await expect.poll(() => fidRow.textContent()).toContain(IMAGENET_SHOWN);
    expect(await fidRow.locator(".direction").textContent()).toContain("↓");
    // 6 FID claims, 5 subjects, 4 papers (the delta claim counts as a claim of the benchmark).
    expect((await fidRow.locator("td.num").allTextContents()).map((t) => t.trim())).toEqual(["6", "5", "4"]);
    // Recent papers: newest first, undated last.
    const recent = page.locator(".paper-list li .paper-title");
    await expect.poll(() => recent.count()).toBe(6);
    expect((await recent.allTextContents())[0]).toBe(P.sit.title);
    expect((await recent.allTextContents()).at(-1)).toBe(P.undated.title);
    await page.locator(".open-flags-link").waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "home.png"), fullPage: true });

    // "/" focuses the search box from anywhere on the page; type a word of a title, arrow down, Enter.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    const box = page.getByRole("combobox", { name: /Search papers, models/ });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type("registers");
    const options = page.getByRole("option");
    await expect.poll(() => options.count()).toBe(1);
    expect(await options.first().textContent()).toContain("Vision Transformers Need Registers");
    expect(new URL(page.url()).searchParams.get("q")).toBe("registers");
    await page.keyboard.press("ArrowDown");
    expect(await options.first().getAttribute("aria-selected")).toBe("true");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await options.first().getAttribute("id"));
    await page.screenshot({ path: join(SCREENSHOT_DIR, "home-search.png"), fullPage: true });
    await page.keyboard.press("Enter");
    await page.locator("h1", { hasText: "Vision Transformers Need Registers" }).waitFor();

    // Back: the URL held the query, the results come back.
    await page.goBack();
    await expect.poll(() => options.count()).toBe(1);
    expect(await box.inputValue()).toBe("registers");

    // Several groups: a model and its benchmark; arrows walk through all of them.
    await box.fill("maskgit");
    await expect
      .poll(async () => (await page.locator(".search-group-title").allTextContents()).join("|"))
      .toContain("Models and methods");
    await box.press("ArrowDown");
    await box.press("ArrowDown");
    expect(await page.locator('[role="option"][aria-selected="true"]').count()).toBe(1);

    await box.fill("zzzz-no-such-thing");
    await page.getByText("Nothing matches").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("benchmarks page filters by name and by metric in the URL", async () => {
    const { page, errors } = await site.open("/benchmarks?metric=accuracy");
    const rows = page.locator("table.benchmarks-table tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Accuracy");
    const metric = page.getByLabel("Metric", { exact: true });
    expect(await metric.inputValue()).toBe("accuracy");
    await metric.fill("");
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel("Filter benchmarks").fill("fid");
    await expect.poll(() => rows.count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("q")).toBe("fid");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaderboard ranks lower-is-better FID ascending and plots every claim", async () => {
    const id = await benchmarkId("fid");
    const { page, errors } = await site.open(`/benchmarks/${id}`);
    const rows = page.locator("table.leaderboard-table tbody tr");
    await rows.first().waitFor();
    const subjects = await rows.locator("th.subject a").allTextContents();
    const values = (await rows.locator("td.value .stated").allTextContents()).map(Number);
    expect(values).toEqual([1.98, 2.1, 2.27, 3.6, 4.02]);
    expect(subjects.map((s) => s.toLowerCase())).toEqual(["sit-xl", "effsampler", "dit-xl/2", "ldm-4", "maskgit-l"]);
    expect(await rows.locator("td.rank").allTextContents()).toEqual(["1", "2", "3", "4", "5"]);
    expect(await page.locator(".pill.direction-lower").textContent()).toContain("lower is better");
    // The table matches the API's ranking.
    const board = await api<Leaderboard>(`/benchmarks/${id}/leaderboard`);
    expect(values).toEqual(board.entries.map((e) => e.value));

    // Chart: 5 absolute FID claims as marks (4 dated, 1 in the undated band), plus a best-so-far line.
    const marks = page.locator(
      ".series-claims .recharts-scatter-symbol path, .series-records .recharts-scatter-symbol path",
    );
    await expect.poll(() => marks.count(), { timeout: 15_000 }).toBe(5);
    // Records over time: MaskGIT-L 4.02 (2022-02), DiT-XL/2 2.27 (2022-12) and LDM-4 3.60 (same paper: not a record), SiT-XL 1.98 (2024).
    expect(await page.locator(".series-records .recharts-scatter-symbol path").count()).toBe(3);
    const line = page.locator(".series-best .recharts-curve");
    expect(await line.count()).toBe(1);
    expect((await line.getAttribute("d"))?.length ?? 0).toBeGreaterThan(10);
    expect(await page.locator(".recharts-cartesian-axis-tick-value", { hasText: "undated" }).count()).toBe(1);
    await page.getByText("claim from papers without a date", { exact: false }).waitFor();

    // Tooltip: subject, paper title, value and evidence.
    await page.locator(".series-records .recharts-scatter-symbol path").last().scrollIntoViewIfNeeded();
    const box = await page.locator(".series-records .recharts-scatter-symbol path").last().boundingBox();
    if (!box) throw new Error("no bounding box for a chart mark");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator(".chart-tooltip");
    await tooltip.waitFor();
    const tip = (await tooltip.textContent()) ?? "";
    expect(tip).toContain("SiT-XL");
    expect(tip).toContain("Flow Matching Transformers at Scale");
    expect(tip).toContain("1.98");
    expect(tip).toContain("FID 1.98 on ImageNet 256x256");
    // The whole source sentence, with the evidence marked inside it.
    expect(tip).toContain("Using the same backbone");
    expect(await tooltip.locator("mark").textContent()).toBe("FID 1.98 on ImageNet 256x256");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "leaderboard-fid.png"), fullPage: true });

    // Clicking a point opens its paper.
    await page.locator(".series-records .recharts-scatter-symbol path").last().click();
    await page.locator("h1", { hasText: "Flow Matching Transformers at Scale" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("benchmark page shows relative claims separately, behind a toggle kept in the URL", async () => {
    const id = await benchmarkId("fid");
    const { page, errors } = await site.open(`/benchmarks/${id}`);
    await page.locator("table.leaderboard-table tbody tr").first().waitFor();
    // The delta is not on the leaderboard.
    expect(await page.locator("table.leaderboard-table td.value").allTextContents()).not.toContain("0.29");
    await page.getByRole("button", { name: /Relative claims/ }).click();
    const rows = page.locator("table.relative-table tbody tr");
    await expect.poll(() => rows.count()).toBe(1);
    const row = (await rows.first().textContent()) ?? "";
    expect(row).toContain("SiT-XL");
    expect(row).toContain("0.29");
    expect(row).toContain("DiT-XL/2");
    expect(new URL(page.url()).searchParams.get("view")).toBe("relative");
    expect(await page.locator("table.leaderboard-table").count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "benchmark-relative.png"), fullPage: true });
    await page.getByRole("button", { name: /Absolute scores/ }).click();
    await page.locator("table.leaderboard-table").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leaderboard ranks higher-is-better accuracy descending", async () => {
    const id = await benchmarkId("accuracy");
    const { page, errors } = await site.open(`/benchmarks/${id}`, { dark: true });
    const rows = page.locator("table.leaderboard-table tbody tr");
    await rows.first().waitFor();
    // As the papers wrote them: "68.0%", not 68%.
    expect((await rows.locator("td.value .stated").allTextContents()).map((t) => t.trim())).toEqual([
      "84.1%",
      "71.4%",
      "68.0%",
    ]);
    await expect
      .poll(() =>
        page
          .locator(".series-claims .recharts-scatter-symbol path, .series-records .recharts-scatter-symbol path")
          .count(),
      )
      .toBe(3);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "leaderboard-accuracy-dark.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("paper page highlights every extracted number, overlapping spans included", async () => {
    const papers = await api<PaperList>(`/papers?q=${encodeURIComponent("Flow Matching")}`);
    const paper = papers.items[0]!;
    const { page, errors } = await site.open(`/papers/${paper.id}`);
    await page.locator("h1", { hasText: P.sit.title }).waitFor();
    // The abstract's text is intact, whatever the highlights.
    expect(await page.locator("p.abstract").textContent()).toBe(P.sit.abstract);
    const marks = page.locator("p.abstract mark");
    const markTexts = await marks.allTextContents();
    // "FID " | "1.98 on ImageNet 256x256" (two claims) | ", 0.29 lower than DiT-XL/2" | "accuracy of 71.4% on ImageNet"
    expect(markTexts).toEqual([
      "FID ",
      "1.98 on ImageNet 256x256",
      ", 0.29 lower than DiT-XL/2",
      "accuracy of 71.4% on ImageNet",
    ]);
    expect(await page.locator("p.abstract .claim-mark-overlap").count()).toBe(1);
    const overlapTitle = (await page.locator("p.abstract .claim-mark-overlap").getAttribute("title")) ?? "";
    expect(overlapTitle).toContain("FID: 1.98 (absolute");
    expect(overlapTitle).toContain("FID: 0.29 (delta");
    expect(await page.locator("p.abstract .claim-mark", { hasText: "71.4%" }).getAttribute("title")).toContain(
      "Accuracy: 71.4% (absolute, unit %)",
    );

    const rows = page.locator("table.claims-table tbody tr");
    expect(await rows.count()).toBe(3);
    const delta = rows.filter({ hasText: "delta" });
    expect(await delta.textContent()).toContain("DiT-XL/2");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "paper.png"), fullPage: true });

    // A highlight leads to its claim's row.
    await page.locator("p.abstract .claim-mark", { hasText: "71.4%" }).click();
    expect(new URL(page.url()).hash).toMatch(/^#claim-\d+$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("phone width: leaderboard and paper stay readable", async () => {
    const id = await benchmarkId("fid");
    const { page, errors } = await site.open(`/benchmarks/${id}`, { width: 390, height: 844 });
    await page.locator("table.leaderboard-table tbody tr").first().waitFor();
    await expect.poll(() => page.locator(".series-claims .recharts-scatter-symbol path").count()).toBeGreaterThan(0);
    // Nothing wider than the screen except inside the scrollable table wrapper.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "leaderboard-phone.png"), fullPage: true });

    const papers = await api<PaperList>(`/papers?q=Scalable`);
    await page.goto(`${site.server.url}/papers/${papers.items[0]!.id}`);
    await page.locator("p.abstract mark").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "paper-phone.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("unknown routes, benchmarks and papers say so in words", async () => {
    const { page } = await site.open("/no/such/page");
    await page.locator("h1", { hasText: "Not found" }).waitFor();

    await page.goto(`${site.server.url}/benchmarks/no-such-benchmark`);
    await page.locator("h1", { hasText: "Not found" }).waitFor();
    expect(await page.locator(".not-found").textContent()).toContain("no-such-benchmark");

    await page.goto(`${site.server.url}/papers/987654`);
    await page.locator("h1", { hasText: "Not found" }).waitFor();
    expect(await page.locator(".not-found").textContent()).toContain("987654");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "paper-not-found.png") });

    // A paper without claims: an empty state, not an empty table.
    const papers = await api<PaperList>(`/papers?q=${encodeURIComponent("Position Paper")}`);
    await page.goto(`${site.server.url}/papers/${papers.items[0]!.id}`);
    await page.getByText("No claims were extracted from this abstract.").waitFor();
    await page.close();
  });

  it("shows the API's error message when a request fails", async () => {
    const page = await site.browser.newPage();
    await page.route("**/api/papers?**", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({
          error: {
            code: "DATABASE_UNAVAILABLE",
            message: "the database is not reachable right now; try again shortly",
          },
        }),
      }),
    );
    await page.goto(`${site.server.url}/`);
    const alert = page.locator(".status-error", { hasText: "papers" });
    // 5xx answers are retried twice before the error shows.
    await alert.waitFor({ timeout: 20_000 });
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("Could not load the papers.");
    expect(text).toContain("the database is not reachable right now");
    expect(text).toContain("DATABASE_UNAVAILABLE");
    // The rest of the page still works.
    await page.locator("table.benchmarks-table tbody tr").first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "home-api-error.png"), fullPage: true });
    await page.close();
  });
});
