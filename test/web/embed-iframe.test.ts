import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "../../api/server.js";
import type { DatabaseHandle } from "../../db/client.js";
import type { IngestProblem } from "../../db/schema/index.js";
import { ingestPapers } from "../../domain/ingest.js";
import { chromiumForFile } from "../helpers/browser.js";
import { createTestDatabase } from "../helpers/db.js";
import { SCREENSHOT_DIR, scriptedExtractor, testPaper, type ScriptedClaim } from "../helpers/web-server.js";

const ID = "imagenet-256x256--fid";
const XSS_SUBJECT = "<img src=x onerror=alert(1)>";
const fid = (subject: string, value: number, evidence: string): ScriptedClaim => ({
  metric: "fid",
  value,
  unit: null,
  subject,
  dataset: "ImageNet 256x256",
  evidence,
});

const PAPERS = [
  testPaper(
    "<script>alert(1)</script>",
    `Our ${XSS_SUBJECT} reaches FID 2.27 on ImageNet 256x256, while LDM-4 scores FID 3.60.`,
    "2022-12-19",
  ),
  testPaper(
    "MaskGIT: Masked Generative Image Transformer",
    "MaskGIT-L attains FID 4.02 on ImageNet 256x256.",
    "2022-02-08",
  ),
  testPaper("Flow Matching Transformers at Scale", "SiT-XL achieves FID 1.98 on ImageNet 256x256.", "2024-01-16"),
  testPaper("Visual Autoregressive Modeling", "VAR-d30 reaches FID 1.92 on ImageNet 256x256.", "2024-04-03"),
  testPaper("Latent Diffusion Revisited", "LDM-8 obtains FID 7.76 on ImageNet 256x256.", "2021-12-20"),
  testPaper("BigGAN Deep", "BigGAN-deep scores FID 6.95 on ImageNet 256x256.", "2018-09-28"),
  testPaper("Efficient Samplers Without a Date", "EffSampler reaches FID 2.10 on ImageNet 256x256 with 8 steps.", null),
];
const extractor = scriptedExtractor({
  [PAPERS[0]!.title]: [fid(XSS_SUBJECT, 2.27, "FID 2.27 on ImageNet 256x256"), fid("LDM-4", 3.6, "FID 3.60")],
  [PAPERS[1]!.title]: [fid("MaskGIT-L", 4.02, "FID 4.02 on ImageNet 256x256")],
  [PAPERS[2]!.title]: [fid("SiT-XL", 1.98, "FID 1.98 on ImageNet 256x256")],
  [PAPERS[3]!.title]: [fid("VAR-d30", 1.92, "FID 1.92 on ImageNet 256x256")],
  [PAPERS[4]!.title]: [fid("LDM-8", 7.76, "FID 7.76 on ImageNet 256x256")],
  [PAPERS[5]!.title]: [fid("BigGAN-deep", 6.95, "FID 6.95 on ImageNet 256x256")],
  [PAPERS[6]!.title]: [fid("EffSampler", 2.1, "FID 2.10 on ImageNet 256x256")],
});

let db: DatabaseHandle;
let app: { url: string; close: () => Promise<void> };
let host: Server;
let hostUrl: string;
const chromium = chromiumForFile();

/** A page of another site (another port: another origin) that embeds the charts. */
function hostPage(base: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Team wiki</title>
<style>body{font:14px system-ui,sans-serif;margin:16px;background:#f4f5f7;color:#172b4d}h2{font-size:16px;margin:12px 0 6px}
.row{display:flex;gap:16px;align-items:flex-start}iframe{background:#fff;border:1px solid #dfe1e6;border-radius:4px}img{border:1px solid #dfe1e6;border-radius:4px}</style></head>
<body><h2>Best FID over time (iframe)</h2>
<div class="row"><iframe id="best" src="${base}/embed/benchmarks/${ID}?highlight=SiT-XL" width="760" height="560" style="border:0" title="Claimboard chart"></iframe>
<iframe id="bar" src="${base}/embed/benchmarks/${ID}?chart=bar&top=5&theme=dark" width="420" height="560" title="Claimboard bar chart"></iframe></div>
<h2>Images</h2><div class="row"><img id="svg" src="${base}/embed/benchmarks/${ID}.svg?width=560&height=300" width="560" height="300" alt="chart">
<img id="png" src="${base}/embed/benchmarks/${ID}.png?width=560&height=300&chart=bar" width="560" height="300" alt="chart"></div></body></html>`;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const problems: IngestProblem[] = [];
  await ingestPapers(db.db, PAPERS, extractor, problems);
  expect(problems).toEqual([]);
  app = await listen({ db: db.db, dbKind: db.kind }, 0, "127.0.0.1");
  host = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(hostPage(app.url));
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
  await app?.close();
  await db?.close();
});

describe("an embed on another origin", () => {
  it("loads in an iframe and as images, with no CSP or console errors", async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1240, height: 980 } });
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    let alerted = false;
    page.on("dialog", async (d) => {
      alerted = true;
      await d.dismiss();
    });
    await page.goto(hostUrl, { waitUntil: "load" });

    const best = page.frameLocator("#best");
    await expect.poll(() => best.locator(".v-wide svg circle[data-claim]").count()).toBe(PAPERS.length + 1);
    expect(await best.locator(".v-narrow").isVisible()).toBe(false);
    await expect(best.locator("h1").textContent()).resolves.toBe("fid on ImageNet 256×256");
    expect(await best.locator("a[target=_blank]").first().getAttribute("href")).toBe(`${app.url}/benchmarks/${ID}`);
    expect(await best.locator("tbody tr").count()).toBe(8);
    expect(await best.locator("td.subject").allTextContents()).toContain(XSS_SUBJECT);
    const bar = page.frameLocator("#bar");
    await expect.poll(() => bar.locator(".v-narrow svg rect[data-entry]").count()).toBe(5);
    expect(await bar.locator(".v-wide").isVisible()).toBe(false);

    // The chart fills the frame's width without overflowing it.
    const box = await best.locator(".v-wide svg.claimboard-chart").boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    expect(box!.width).toBeLessThanOrEqual(760);

    for (const id of ["#svg", "#png"]) {
      await expect
        .poll(() => page.locator(id).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBe(560);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-iframe.png"), fullPage: true });
    expect(alerted).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a narrow frame", async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 360, height: 520 } });
    await page.goto(`${app.url}/embed/benchmarks/${ID}?theme=dark`, { waitUntil: "load" });
    const scroll = await page.evaluate(() => ({
      w: document.documentElement.scrollWidth,
      h: document.documentElement.scrollHeight,
    }));
    expect(scroll.w).toBeLessThanOrEqual(360);
    expect(scroll.h).toBeLessThanOrEqual(520);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "embed-narrow-dark.png") });
    await page.close();
  });
});
