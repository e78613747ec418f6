import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BenchmarkList } from "../../contracts/benchmarks.js";
import type { ClaimList } from "../../contracts/claims.js";
import type { PaperList } from "../../contracts/papers.js";
import type { SubjectList } from "../../contracts/subjects.js";
import { rowsOf } from "../../db/client.js";
import { createToken } from "../../domain/tokens.js";
import {
  fetchApi,
  launchChromium,
  SCREENSHOT_DIR,
  scriptedExtractor,
  startWebServer,
  testPaper,
  type WebServer,
} from "../helpers/web-server.js";

// Each payload sets window.__pwned if it ever runs; none of them may.
const TITLE = `<script>window.__pwned="title"</script> Hostile Paper`;
const SUBJECT = `<img src=x onerror="window.__pwned='subject'">`;
const RIVAL = `Robert'); drop table claims; --`;
const DATASET = `"><svg onload="window.__pwned='dataset'">Bench`;
// Names lose a stray leading quote when normalized; the rest is kept as written.
const DATASET_NAME = DATASET.slice(1);
const CONDITION = `{{constructor.constructor('window.__pwned=1')()}}`;
const BASELINE = `javascript:window.__pwned='baseline'`;
const NOTE = `<iframe srcdoc="<script>parent.__pwned='note'</script>"></iframe>`;

const ABSTRACT = `Our ${SUBJECT} reaches fid 2.5 on the benchmark, while ${RIVAL} scores fid 3.1.`;
const P = {
  hostile: testPaper(TITLE, ABSTRACT, "2024-02-01", { url: "javascript:window.__pwned='url'" }),
  other: testPaper("A Second Paper", `We measure ${SUBJECT} at fid 2.9 on the benchmark.`, "2024-03-01"),
};
const fid = (subject: string, value: number, evidence: string, extra = {}) => ({
  metric: "fid",
  value,
  unit: null,
  subject,
  dataset: DATASET,
  evidence,
  ...extra,
});
const extractor = scriptedExtractor({
  [TITLE]: [fid(SUBJECT, 2.5, "fid 2.5"), fid(RIVAL, 3.1, "fid 3.1", { baseline: BASELINE, condition: CONDITION })],
  // The same subject, dataset and metric with another number: a CONFLICT card on the review page.
  [P.other.title]: [fid(SUBJECT, 2.9, "fid 2.9")],
});

let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  [server, browser] = await Promise.all([startWebServer({ papers: Object.values(P), extractor }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const api = <T>(path: string, init?: RequestInit) => fetchApi<T>(server, path, init);

describe("hostile text in every field", () => {
  it("is stored as data, served verbatim, and never runs in the dashboard", async () => {
    // Ingest dropped the javascript: link; a row stored before that check gets one back here.
    const papers = await api<PaperList>(`/papers?q=${encodeURIComponent("Hostile Paper")}`);
    const paper = papers.items.find((p) => p.title === TITLE)!;
    expect(paper).toBeDefined();
    expect(
      rowsOf<{ url: string | null }>(await server.db.db.execute(sql`select url from papers where id = ${paper.id}`))[0]!
        .url,
    ).toBeNull();
    await server.db.db.execute(sql`update papers set url = 'javascript:window.__pwned=''url''' where id = ${paper.id}`);

    const benchmark = (await api<BenchmarkList>("/benchmarks?metric=fid")).items.find(
      (b) => b.dataset === DATASET_NAME,
    )!;
    expect(benchmark).toBeDefined();
    const subjects = (await api<SubjectList>("/subjects?limit=200")).items;
    const subject = subjects.find((s) => s.name === SUBJECT)!;
    const rival = subjects.find((s) => s.name === RIVAL)!;
    expect([subject, rival].every(Boolean)).toBe(true);
    const claims = (await api<ClaimList>(`/claims?paper=${paper.id}`)).items;
    expect(claims.map((c) => [c.subject?.name, c.dataset?.name, c.condition, c.baseline]).sort()).toEqual(
      [
        [RIVAL, DATASET_NAME, CONDITION, BASELINE],
        [SUBJECT, DATASET_NAME, null, null],
      ].sort(),
    );
    // A correction's note and the reviewer token's name carry payloads too.
    const reviewer = (await createToken(server.db.db, "reviewer", NOTE)).token;
    const auth = { authorization: `Bearer ${reviewer}`, "content-type": "application/json" };
    const rivalClaim = claims.find((c) => c.subject?.name === RIVAL)!;
    await api(`/claims/${rivalClaim.id}/corrections`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({ value: 3.2, note: NOTE }),
    });

    const pages = [
      "/",
      `/?q=${encodeURIComponent(SUBJECT)}`,
      "/benchmarks",
      `/benchmarks/${benchmark.id}`,
      `/papers/${paper.id}`,
      `/subjects/${subject.id}`,
      `/compare?subjects=${subject.id},${rival.id}`,
      "/review",
    ];
    for (const path of pages) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.url}${path}`);
      // Each page shows at least one payload, as text.
      await expect
        .poll(() => page.evaluate(() => document.body.innerText), { message: path, timeout: 20_000 })
        .toMatch(/window\.__pwned|drop table claims/);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).toBeUndefined();
      expect(dialogs, path).toEqual([]);
      // No element the payloads describe was created, and no link can run script.
      expect(
        await page
          .locator("main img[src='x'], main svg[onload], [onerror], [onload], main iframe[srcdoc], main script")
          .count(),
        path,
      ).toBe(0);
      const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(
        hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
        path,
      ).toEqual([]);
      if (path.startsWith("/papers/")) {
        await page.screenshot({ path: join(SCREENSHOT_DIR, "hostile-paper.png"), fullPage: true });
        expect(await page.getByRole("link", { name: "source" }).count()).toBe(0);
        expect(await page.locator("h1").textContent()).toBe(TITLE);
      }
      if (path === "/review")
        await page.screenshot({ path: join(SCREENSHOT_DIR, "hostile-review.png"), fullPage: true });
      await page.close();
    }
    // The SQL in a model's name stayed a name.
    expect(rowsOf<{ n: number }>(await server.db.db.execute(sql`select count(*)::int as n from claims`))[0]!.n).toBe(3);
  });
});
