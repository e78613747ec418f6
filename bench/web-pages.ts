/**
 * Time for dashboard pages to settle on a running server: navigation start → no API request in flight
 * and no loading indicator for a quiet second (the moment the page stops changing), in a fresh browser
 * context each run (nothing cached). Prints the median of the runs per page and, for the last run, each
 * API request with its duration, so a slow page shows whether the time is in the API or in rendering.
 *
 *   npm run -s bench:web-pages -- --url http://127.0.0.1:8787 [--runs 5] /benchmarks/gsm8k--accuracy /review
 */
import { parseArgs } from "node:util";
import { parseBenchEnv } from "../config/bench-env.js";

const QUIET_MS = 1000;
const TIMEOUT_MS = 60_000;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: "string" }, runs: { type: "string", default: "5" } },
});
if (!values.url || positionals.length === 0 || !/^\d+$/.test(values.runs ?? "")) {
  console.error("usage: npm run -s bench:web-pages -- --url BASE [--runs N] PATH...");
  process.exit(2);
}
const base = values.url.replace(/\/$/, "");
const runs = Number(values.runs);

const { chromium } = await import("playwright-core");
const browser = await chromium.launch({
  executablePath: parseBenchEnv().CHROMIUM_PATH,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

interface Run {
  settled: number;
  requests: { path: string; ms: number; start: number }[];
}

async function once(path: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending = new Set<unknown>();
  const started = new Map<unknown, number>();
  const requests: Run["requests"] = [];
  const t0 = performance.now();
  page.on("request", (r) => {
    pending.add(r);
    started.set(r, performance.now());
  });
  const done = (r: { url(): string }) => {
    pending.delete(r);
    const s = started.get(r) ?? t0;
    const u = new URL(r.url());
    if (u.pathname.startsWith("/api/"))
      requests.push({ path: u.pathname + u.search, ms: performance.now() - s, start: s - t0 });
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  try {
    await page.goto(`${base}${path}`, { waitUntil: "commit" });
    let quietSince: number | null = null;
    for (;;) {
      const loading = await page.locator(".status-loading").count();
      const now = performance.now();
      if (pending.size === 0 && loading === 0) {
        quietSince ??= now;
        if (now - quietSince >= QUIET_MS) return { settled: quietSince - t0, requests };
      } else quietSince = null;
      if (now - t0 > TIMEOUT_MS) throw new Error(`${path} did not settle in ${TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await context.close();
  }
}

try {
  for (const path of positionals) {
    // Warm-up: fills the server's caches, as for every visitor after the first; reported apart.
    const warm = await once(path);
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await once(path));
    const times = results.map((r) => r.settled);
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    console.log(
      `${path}: first visit ${warm.settled.toFixed(0)} ms; then settled in ${times.map((t) => t.toFixed(0)).join(", ")} ms; median ${median.toFixed(0)} ms`,
    );
    const last = results.at(-1)!;
    for (const r of last.requests.sort((a, b) => a.start - b.start))
      console.log(`    +${r.start.toFixed(0).padStart(5)} ms ${r.ms.toFixed(0).padStart(5)} ms  ${r.path}`);
  }
} finally {
  await browser.close();
}
