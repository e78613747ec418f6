/**
 * Time-to-interactive of the dashboard's leaderboard page, and the main bundle's size.
 *
 *   node --import tsx bench/web.ts
 *
 * 1. builds the dashboard (web/vite.config.ts) into a temporary directory;
 * 2. ingests the sample corpus (data/daily-papers) through the configured extractor (the rules unless
 *    CLAIMBOARD_LLM_* are set) into an in-memory PGlite, and serves the app on a free port;
 * 3. opens the leaderboard page of the largest benchmark in headless Chromium, in a fresh browser
 *    context each time (nothing cached), and measures navigation start → leaderboard rows and chart
 *    marks on screen and a click handled (the "Relative claims" toggle reacts); one warm-up, then the
 *    median of 5 runs;
 * 4. reports the gzipped size of the main JS chunk (and of everything the page loads).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { listen } from "../api/server.js";
import { openSource } from "../domain/read-source.js";
import { openDatabase } from "../db/client.js";
import { seedMetrics } from "../domain/entities.js";
import { ingestSources, type SourceBatch } from "../domain/ingest.js";
import { parseBenchEnv } from "../config/bench-env.js";
import { parseEnv } from "../config/env.js";
import { extractorOf } from "../config/extractor.js";

const RUNS = 5;
const TARGET_MS = 1500;
const BUDGET_KB = 300;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "claimboard-bench-web-"));
  const { build } = await import("vite");
  process.env.NODE_ENV = "production";
  await build({
    configFile: resolve("web/vite.config.ts"),
    mode: "production",
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

function bundleSizes(dir: string) {
  const assets = join(dir, "assets");
  const files = readdirSync(assets).filter((f) => f.endsWith(".js") || f.endsWith(".css"));
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const main = files.find((f) => f.endsWith(".js") && html.includes(`/assets/${f}`));
  if (!main) throw new Error("no entry chunk referenced by index.html");
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
  return {
    main,
    mainGz: gz(main),
    rows: files.map((f) => ({ file: f, raw: readFileSync(join(assets, f)).length, gz: gz(f) })),
  };
}

async function main() {
  let t = performance.now();
  const dist = await buildDashboard();
  console.log(`dashboard built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const sizes = bundleSizes(dist);

  const handle = await openDatabase({ dataDir: null });
  await seedMetrics(handle.db);
  const files = readdirSync("data/daily-papers")
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join("data/daily-papers", f));
  async function* sources(): AsyncGenerator<SourceBatch> {
    for (const file of files) yield await openSource(file);
  }
  t = performance.now();
  const extractor = extractorOf(parseEnv());
  const summary = await ingestSources(handle.db, sources(), extractor, { files });
  console.log(
    `ingested ${files.length} files with ${extractor.name}@${extractor.version}: ${summary.papersNew} papers, ${summary.claimsInserted} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const server = await listen({ db: handle.db, dbKind: handle.kind, webDist: dist }, 0, "127.0.0.1");
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: parseBenchEnv().CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const list = (await (await fetch(`${server.url}/api/benchmarks?limit=1`)).json()) as {
      items: { id: string; absoluteCount: number; claimCount: number }[];
    };
    const top = list.items[0];
    if (!top) throw new Error("the corpus produced no benchmark");
    const url = `${server.url}/benchmarks/${encodeURIComponent(top.id)}`;
    console.log(`largest benchmark: ${top.id} (${top.claimCount} claims, ${top.absoluteCount} absolute)`);

    const phases: string[] = [];
    const once = async (): Promise<number> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: "commit" });
        const now = () => page.evaluate(() => performance.now());
        await page.locator("table.leaderboard-table tbody tr").first().waitFor();
        const tableAt = await now();
        await page.locator(".recharts-scatter-symbol path").first().waitFor({ state: "attached" });
        const chartAt = await now();
        const toggle = page.getByRole("button", { name: /Relative claims/ });
        await toggle.click();
        await page.locator('button[aria-pressed="true"]', { hasText: "Relative claims" }).waitFor();
        // performance.now() counts from the navigation's start.
        const done = await now();
        const nav = await page.evaluate(() => {
          const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
          return n ? { ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd } : null;
        });
        phases.push(
          `html ${nav?.ttfb.toFixed(0)} ms, DOMContentLoaded ${nav?.dcl.toFixed(0)} ms, table ${tableAt.toFixed(0)} ms, chart ${chartAt.toFixed(0)} ms, click handled ${done.toFixed(0)} ms`,
        );
        return done;
      } finally {
        await context.close();
      }
    };

    const warm = await once();
    console.log(`warm-up: ${warm.toFixed(0)} ms`);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await once());
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`runs: ${times.map((x) => `${x.toFixed(0)} ms`).join(", ")}`);
    for (const p of phases.slice(1)) console.log(`  ${p}`);
    console.log(
      `time to interactive (navigation start → table + chart marks + a click handled), median of ${RUNS}: ${median.toFixed(0)} ms (target ≤ ${TARGET_MS} ms) ${median <= TARGET_MS ? "OK" : "OVER"}`,
    );
  } finally {
    await browser.close();
    await server.close();
    await handle.close();
  }
  console.log("bundle (gzip -9):");
  for (const r of sizes.rows.sort((a, b) => b.gz - a.gz))
    console.log(
      `  ${r.file.padEnd(40)} ${kb(r.raw).padStart(10)} raw ${kb(r.gz).padStart(10)} gzipped${r.file === sizes.main ? "  (main)" : ""}`,
    );
  console.log(
    `main bundle: ${kb(sizes.mainGz)} gzipped (budget ≤ ${BUDGET_KB} KB) ${sizes.mainGz <= BUDGET_KB * 1024 ? "OK" : "OVER"}`,
  );
  rmSync(dist, { recursive: true, force: true });
}

await main();
