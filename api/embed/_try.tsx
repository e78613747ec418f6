import { writeFileSync } from "node:fs";
import { renderChartSvg } from "./chart.js";
import { DEFAULT_OPTIONS } from "./options.js";
const subjects = ["DiT-XL/2", "SiT-XL", "<img src=x onerror=alert(1)>", "LDM-4", "MaskGIT-L", "VAR-d30", "EDM2-XXL"];
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const points = Array.from({ length: 1000 }, (_, i) => {
  const t = Date.UTC(2019, 0, 1) + rnd() * 5 * 365 * 86400000;
  const d = i % 37 === 0 ? null : new Date(t).toISOString().slice(0, 10);
  return { claimId: i + 1, subject: subjects[i % subjects.length]!, value: 2 + rnd() * 20 * (1 - (t - Date.UTC(2019,0,1)) / (6*365*86400000)), valueText: null, unit: null, paper: { id: i, title: `Paper ${i} <script>alert(1)</script>`, date: d } };
});
const benchmark = { id: "imagenet-256x256--fid", dataset: "ImageNet 256x256", metric: "fid", direction: "lower" as const, unit: null, absoluteCount: 1000, subjectCount: 7, paperCount: 900 };
const entries = subjects.map((s, i) => ({ rank: i + 1, subject: s, value: 1.8 + i * 0.7, valueText: null, unit: null, paper: { id: 1, title: "T", date: "2023-01-01" } }));
for (const n of [5, 50, 1000]) {
  const input = { benchmark, points: points.slice(0, n), entries };
  const t = performance.now();
  let svg = "";
  for (let k = 0; k < 10; k++) svg = renderChartSvg(input, { ...DEFAULT_OPTIONS, highlight: ["SiT-XL"] });
  console.log(n, ((performance.now() - t) / 10).toFixed(1), "ms", svg.length);
  writeFileSync(`/tmp/best-${n}.svg`, svg);
}
writeFileSync(`/tmp/bar.svg`, renderChartSvg({ benchmark, points, entries }, { ...DEFAULT_OPTIONS, chart: "bar", highlight: ["SiT-XL"] }));
writeFileSync(`/tmp/bar-dark.svg`, renderChartSvg({ benchmark, points, entries }, { ...DEFAULT_OPTIONS, chart: "bar", theme: "dark", width: 400, height: 300 }));
writeFileSync(`/tmp/best-small.svg`, renderChartSvg({ benchmark, points: points.slice(0, 30), entries }, { ...DEFAULT_OPTIONS, width: 200, height: 150 }));
