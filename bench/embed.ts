/**
 * Render time of the embeddable charts.
 *
 *   node --import tsx bench/embed.ts
 *
 * 1. SVG of a 1,000-claim benchmark from synthetic data fed straight to the renderer (best-over-time
 *    and bar), the HTML embed page, and the PNG (SVG + resvg), median and p95;
 * 2. the same through the routes over an in-memory PGlite seeded with 1,000 claims of one benchmark:
 *    a fresh render each time (every request asks for another size, so no cached body is reused),
 *    a repeat of the same URL (cached body), and a revalidation answered 304.
 * Target: SVG < 100 ms.
 */
import { parseBenchEnv } from "../config/bench-env.js";
import { createApp } from "../api/app.js";
import { renderChartSvg, type ChartInput } from "../api/embed/chart.js";
import { DEFAULT_OPTIONS, type EmbedOptions } from "../domain/embed-links/options.js";
import { renderEmbedPage } from "../api/embed/page.js";
import { svgToPng } from "../api/embed/png.js";
import { openDatabase } from "../db/client.js";
import type { IngestProblem } from "../db/schema/index.js";
import { seedMetrics } from "../domain/entities.js";
import { ingestPapers } from "../domain/ingest.js";
import type { Claim, ClaimExtractor, Paper } from "../extractors/types.js";

const N = 1000;
const RUNS = 50;

function stats(times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (n=${s.length})`;
}

async function time(runs: number, fn: (i: number) => unknown | Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await fn(-1 - i); // warm up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

// Deterministic synthetic data: 1,000 claims by 120 subjects over six years, FID drifting down.
let seed = 42;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const DAY = 86_400_000;
const start = Date.UTC(2019, 0, 1);
const subjects = Array.from({ length: 120 }, (_, i) => `Model-${i}${i % 7 === 0 ? "-XL/2" : ""}`);
const synthetic = Array.from({ length: N }, (_, i) => {
  const t = start + Math.floor(rnd() * 6 * 365) * DAY;
  const value = Math.round((1.5 + rnd() * 25 * (1 - (t - start) / (7 * 365 * DAY))) * 100) / 100;
  return {
    subject: subjects[i % subjects.length]!,
    value,
    date: i % 40 === 0 ? null : new Date(t).toISOString().slice(0, 10),
    title: `Synthetic paper ${i}: scaling diffusion transformers with many tricks`,
  };
});

const input: ChartInput = {
  benchmark: {
    id: "imagenet-256x256--fid",
    dataset: "ImageNet 256x256",
    metric: "fid",
    direction: "lower",
    unit: null,
    absoluteCount: N,
    subjectCount: subjects.length,
    paperCount: N,
  },
  points: synthetic.map((s, i) => ({
    claimId: i + 1,
    subject: s.subject,
    value: s.value,
    valueText: null,
    unit: null,
    paper: { id: i + 1, title: s.title, date: s.date },
  })),
  entries: [...new Map(synthetic.map((s) => [s.subject, s])).values()]
    .sort((a, b) => a.value - b.value)
    .map((s, i) => ({
      rank: i + 1,
      subject: s.subject,
      value: s.value,
      valueText: null,
      unit: null,
      paper: { id: i + 1, title: s.title, date: s.date },
    })),
};

console.log(
  `node ${process.version}, NODE_ENV=${parseBenchEnv().NODE_ENV ?? "(unset)"}; ${N} claims, ${RUNS} renders each\n`,
);
console.log("renderer, synthetic data:");
const best: EmbedOptions = { ...DEFAULT_OPTIONS, highlight: ["Model-7-XL/2"] };
let size = 0;
console.log(
  `  SVG best-over-time 800x450  ${stats(await time(RUNS, () => (size = renderChartSvg(input, best).length)))}, ${(size / 1024).toFixed(0)} kB`,
);
console.log(
  `  SVG bar top 10     800x450  ${stats(await time(RUNS, () => renderChartSvg(input, { ...DEFAULT_OPTIONS, chart: "bar" })))}`,
);
console.log(
  `  HTML embed page             ${stats(await time(RUNS, () => (size = renderEmbedPage({ chart: input, table: input.entries.slice(0, 10), options: best, base: "http://localhost", updatedAt: new Date().toISOString() }).length)))}, ${(size / 1024).toFixed(0)} kB`,
);
const svg = renderChartSvg(input, best);
console.log(`  PNG (resvg) of that SVG     ${stats(await time(20, () => svgToPng(svg)))}`);
const svgBig = renderChartSvg(input, { ...best, width: 1600, height: 900 });
console.log(`  PNG 1600x900                ${stats(await time(20, () => svgToPng(svgBig)))}`);

console.log("\nthrough the routes, PGlite seeded with the same 1,000 claims:");
const handle = await openDatabase({ dataDir: null });
await seedMetrics(handle.db);
const papers: Paper[] = synthetic.map((s, i) => ({
  title: s.title,
  abstract: `${s.subject} reaches FID ${s.value} on ImageNet 256x256.`,
  date: s.date,
  url: null,
  arxivId: null,
  source: { file: "bench.jsonl", line: i + 1 },
}));
const extractor: ClaimExtractor = {
  name: "bench",
  version: "1",
  extract({ abstract }): Claim[] {
    const m = /^(\S+) reaches FID ([\d.]+) on ImageNet 256x256\.$/.exec(abstract)!;
    return [
      {
        value: Number(m[2]),
        unit: null,
        metric: "fid",
        kind: "absolute",
        qualifier: "exact",
        subject: m[1]!,
        dataset: "ImageNet 256x256",
        baseline: null,
        condition: null,
        evidence: abstract,
        start: 0,
        end: abstract.length,
        confidence: 0.9,
      },
    ];
  },
};
const problems: IngestProblem[] = [];
const t0 = performance.now();
await ingestPapers(handle.db, papers, extractor, problems);
console.log(
  `  seeded ${papers.length} papers in ${((performance.now() - t0) / 1000).toFixed(1)} s${problems.length ? `, ${problems.length} problems` : ""}`,
);
const app = createApp({ db: handle.db, dbKind: handle.kind, embed: {} } as Parameters<typeof createApp>[0]);
const path = "/embed/benchmarks/imagenet-256x256--fid";
async function fetchOk(url: string, headers: Record<string, string> = {}, status = 200) {
  const res = await app.request(url, { headers });
  if (res.status !== status) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.arrayBuffer();
}
const check = new TextDecoder().decode(await fetchOk(`${path}.svg`));
console.log(`  (the route's SVG has ${check.match(/<circle /g)?.length ?? 0} circles)`);
console.log(
  `  GET .svg, fresh render       ${stats(await time(RUNS, (i) => fetchOk(`${path}.svg?width=${1000 + i}`)))}`,
);
console.log(`  GET .svg, same URL (cached)  ${stats(await time(RUNS, () => fetchOk(`${path}.svg`)))}`);
const etag = (await app.request(`${path}.svg`)).headers.get("etag")!;
console.log(
  `  GET .svg, If-None-Match 304  ${stats(await time(RUNS, () => fetchOk(`${path}.svg`, { "If-None-Match": etag }, 304)))}`,
);
console.log(`  GET HTML page, fresh render  ${stats(await time(RUNS, (i) => fetchOk(`${path}?width=${1000 + i}`)))}`);
console.log(`  GET .png, fresh render       ${stats(await time(20, (i) => fetchOk(`${path}.png?width=${1000 + i}`)))}`);
await handle.close();
