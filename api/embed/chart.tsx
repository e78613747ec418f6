import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Benchmark, LeaderboardEntry, SeriesPoint } from "../../contracts/benchmarks.js";
import { escapeHtml } from "./escape.js";
import type { EmbedOptions } from "./options.js";
import { dateTicks, fitText, formatTick, formatValue, linearScale, textWidth } from "./scale.js";
import { latexToText } from "../../extractors/latex-text.js";

/**
 * The embeddable charts, drawn as plain SVG with React (which escapes every text from papers).
 * recharts is not used here: under renderToStaticMarkup it needs ~350 ms for 1,000 points, and an
 * image's legend has to be SVG text anyway. One renderer serves the HTML embed (inline, scaling with
 * its frame), the .svg and, through resvg, the .png.
 */

export type ChartBenchmark = Pick<
  Benchmark,
  "id" | "dataset" | "metric" | "direction" | "unit" | "absoluteCount" | "subjectCount" | "paperCount"
>;
type ChartPoint = Pick<SeriesPoint, "claimId" | "subject" | "value" | "valueText" | "unit" | "paper">;
export type ChartEntry = Pick<LeaderboardEntry, "rank" | "subject" | "value" | "valueText" | "unit" | "paper">;

export interface ChartInput {
  benchmark: ChartBenchmark;
  /** Every absolute claim (the "best" chart). */
  points: readonly ChartPoint[];
  /** The leaderboard, best first (the "bar" chart). */
  entries: readonly ChartEntry[];
  /** The series was cut at the API's limit. */
  truncated?: boolean;
  /** Where the data stands ("data as of 2026-12-01", "pinned: board as of 2025-06-30"), after the subtitle. */
  note?: string;
}

export interface ChartRenderOptions extends EmbedOptions {
  /** Inside the HTML embed: fills its box (viewBox scaling) and leaves the title to the page. */
  inline?: boolean;
}

const FONT_FAMILY = `"DejaVu Sans", Verdana, "Segoe UI", system-ui, sans-serif`;

interface Palette {
  bg: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  point: string;
  record: string;
  band: string;
  highlight: string;
  bar: string;
}

const PALETTES: Record<EmbedOptions["theme"], Palette> = {
  light: {
    bg: "#ffffff",
    text: "#1a1d23",
    muted: "#596170",
    grid: "#e3e6eb",
    axis: "#9aa2ae",
    point: "#2a5bd7",
    record: "#c2410c",
    band: "#f0f2f5",
    highlight: "#7c3aed",
    bar: "#2a5bd7",
  },
  dark: {
    bg: "#181c22",
    text: "#e5e8ec",
    muted: "#a3abb8",
    grid: "#2a3038",
    axis: "#59616d",
    point: "#7fa5ff",
    record: "#ff9a5c",
    band: "#20252d",
    highlight: "#c4a1ff",
    bar: "#7fa5ff",
  },
};

const PAD = 12;
const TICK_FONT = 11;

/** The chart as a standalone SVG document (with the XML declaration and namespace). */
export function renderChartSvg(input: ChartInput, options: ChartRenderOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(<ChartSvg input={input} options={options} />)}`;
}

export function chartTitle(b: Pick<ChartBenchmark, "metric" | "dataset">): string {
  return `${b.metric} on ${latexToText(b.dataset)}`;
}

export function directionText(b: Pick<ChartBenchmark, "direction">): string {
  return b.direction === "lower" ? "lower is better" : "higher is better";
}

export function ChartSvg({ input, options }: { input: ChartInput; options: ChartRenderOptions }) {
  const p = PALETTES[options.theme];
  const { width: W, height: H } = options;
  const label = `${options.chart === "bar" ? "Top subjects" : "Claims over time"}: ${chartTitle(input.benchmark)} (${directionText(input.benchmark)})`;
  const body =
    options.chart === "bar" ? (
      <BarBody input={input} options={options} p={p} />
    ) : (
      <BestBody input={input} options={options} p={p} />
    );
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={options.inline ? "100%" : W}
      height={options.inline ? "100%" : H}
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      fontFamily={FONT_FAMILY}
      fontSize={TICK_FONT}
      className="claimboard-chart"
    >
      <title>{label}</title>
      <rect width={W} height={H} fill={p.bg} />
      {body}
    </svg>
  );
}

interface LegendItem {
  kind: "dot" | "big" | "line" | "band" | "bar";
  color: string;
  text: string;
}

interface Header {
  node: ReactNode;
  bottom: number;
}

/** Title, subtitle and the legend (SVG text, wrapped into rows). */
function header(
  input: ChartInput,
  options: ChartRenderOptions,
  p: Palette,
  subtitle: string,
  items: LegendItem[],
): Header {
  const W = options.width;
  const nodes: ReactNode[] = [];
  let y = PAD;
  if (options.title && !options.inline) {
    nodes.push(
      <text key="t" x={PAD} y={y + 14} fontSize={15} fontWeight="bold" fill={p.text}>
        {fitText(chartTitle(input.benchmark), 15, W - 2 * PAD)}
      </text>,
    );
    y += 20;
    if (options.height >= 220) {
      nodes.push(
        <text key="s" x={PAD} y={y + 12} fontSize={12} fill={p.muted}>
          {fitText(subtitle, 12, W - 2 * PAD)}
        </text>,
      );
      y += 18;
    }
    y += 2;
  }
  const LEGEND_FONT = 11;
  let x = PAD;
  let row = 0;
  const legend: ReactNode[] = [];
  // The plot keeps at least about half the height: legend rows that do not fit are left out.
  const maxRows = Math.max(1, Math.floor((options.height * 0.45 - (y - PAD)) / 17));
  items.forEach((item, i) => {
    const text = fitText(item.text, LEGEND_FONT, Math.min(220, W - 2 * PAD - 22));
    const w = 18 + textWidth(text, LEGEND_FONT) + 14;
    const wrap = x > PAD && x + w > W - PAD;
    if (wrap && row + 1 >= maxRows) return;
    if (wrap) {
      x = PAD;
      row += 1;
    }
    const cy = y + row * 17 + 8;
    legend.push(
      // biome-ignore lint/suspicious/noArrayIndexKey: a static SVG rendered once; the legend never reorders
      <g key={`l${i}`} className="legend-item">
        <Swatch kind={item.kind} color={item.color} x={x} cy={cy} p={p} />
        <text x={x + 18} y={cy + 4} fontSize={LEGEND_FONT} fill={p.muted}>
          {text}
        </text>
      </g>,
    );
    x += w;
  });
  if (items.length) {
    nodes.push(
      <g key="legend" className="legend">
        {legend}
      </g>,
    );
    y += (row + 1) * 17;
  }
  return { node: <g className="header">{nodes}</g>, bottom: y };
}

/** Legend marks use rects (rounded for dots) so that circles in the SVG are exactly the claims. */
function Swatch({
  kind,
  color,
  x,
  cy,
  p,
}: {
  kind: LegendItem["kind"];
  color: string;
  x: number;
  cy: number;
  p: Palette;
}) {
  switch (kind) {
    case "dot":
      return <rect x={x + 4} y={cy - 4} width={8} height={8} rx={4} fill={color} fillOpacity={0.6} />;
    case "big":
      return <rect x={x + 3} y={cy - 5} width={10} height={10} rx={5} fill={color} stroke={p.bg} strokeWidth={1} />;
    case "line":
      return <rect x={x} y={cy - 1} width={16} height={2.5} fill={color} />;
    case "band":
      return <rect x={x} y={cy - 6} width={16} height={12} fill={p.band} stroke={p.grid} />;
    case "bar":
      return <rect x={x} y={cy - 5} width={16} height={10} rx={2} fill={color} />;
  }
}

function highlightSet(options: EmbedOptions): Set<string> {
  return new Set(options.highlight.map((s) => s.toLowerCase()));
}

function isHighlighted(set: Set<string>, subject: string | null): boolean {
  return subject !== null && set.size > 0 && set.has(subject.trim().toLowerCase());
}

function dateToX(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : t;
}

function pointTitle(pt: ChartPoint, unit: string | null): string {
  return `${pt.subject ?? "unnamed subject"}: ${formatValue(pt.value, pt.valueText, pt.unit ?? unit)} (${pt.paper.title}, ${pt.paper.date ?? "undated"})`;
}

function Empty({ options, top, p, text }: { options: ChartRenderOptions; top: number; p: Palette; text: string }) {
  return (
    <text x={options.width / 2} y={(top + options.height) / 2} textAnchor="middle" fontSize={13} fill={p.muted}>
      {text}
    </text>
  );
}

function yAxisTitle(b: ChartBenchmark, options: ChartRenderOptions): string {
  const unit = b.unit && b.unit !== "x" ? ` (${b.unit})` : "";
  return options.title && !options.inline ? `${b.metric}${unit}` : `${b.metric}${unit}, ${directionText(b)}`;
}

interface Placed {
  pt: ChartPoint;
  x: number;
  y: number;
  record: boolean;
  highlighted: boolean;
}

/** Every claim against its paper's date, and a step line of the best value so far. */
function BestBody({ input, options, p }: { input: ChartInput; options: ChartRenderOptions; p: Palette }) {
  const b = input.benchmark;
  const W = options.width;
  const H = options.height;
  const hl = highlightSet(options);
  const better = (a: number, c: number) => (b.direction === "lower" ? a < c : a > c);

  const dated: { t: number; pt: ChartPoint }[] = [];
  const undated: ChartPoint[] = [];
  for (const pt of input.points) {
    const t = dateToX(pt.paper.date);
    if (t === null) undated.push(pt);
    else dated.push({ t, pt });
  }
  // In time order; on one day the better value first, so it is the one that sets the record.
  dated.sort(
    (a, c) =>
      a.t - c.t ||
      (better(a.pt.value, c.pt.value) ? -1 : better(c.pt.value, a.pt.value) ? 1 : a.pt.claimId - c.pt.claimId),
  );

  const n = input.points.length;
  const subtitle = `${directionText(b)} · ${n.toLocaleString("en-US")} claim${n === 1 ? "" : "s"} from ${b.paperCount.toLocaleString("en-US")} paper${b.paperCount === 1 ? "" : "s"}${input.truncated ? " (first 5,000 shown)" : ""}${input.note ? ` · ${input.note}` : ""}`;
  const items: LegendItem[] = [
    { kind: "dot", color: p.point, text: "claim" },
    { kind: "big", color: p.record, text: "new best" },
    { kind: "line", color: p.record, text: "best so far" },
  ];
  if (undated.length) items.push({ kind: "band", color: p.band, text: `${undated.length} undated` });
  const present = new Set(
    input.points.filter((pt) => isHighlighted(hl, pt.subject)).map((pt) => pt.subject!.trim().toLowerCase()),
  );
  for (const name of options.highlight)
    if (present.has(name.toLowerCase())) items.push({ kind: "big", color: p.highlight, text: name });
  const head = header(input, options, p, subtitle, items);
  if (n === 0)
    return (
      <>
        {head.node}
        <Empty options={options} top={head.bottom} p={p} text="No claims on this benchmark yet" />
      </>
    );

  const plotTop = head.bottom + 8;
  const plotBottom = H - PAD - 18;
  const values = input.points.map((pt) => pt.value);
  const y = linearScale(
    Math.min(...values),
    Math.max(...values),
    plotBottom,
    plotTop,
    Math.max(2, Math.floor((plotBottom - plotTop) / 42)),
    { pad: 0.06 },
  );
  const yLabels = y.ticks.map((v) => formatTick(v, y.step));
  const yLabelW = Math.max(...yLabels.map((l) => textWidth(l, TICK_FONT))) + 6;
  const plotLeft = PAD + 16 + yLabelW;
  const plotRight = W - PAD - 4;
  const bandW = undated.length ? (dated.length ? Math.max(40, (plotRight - plotLeft) * 0.1) : plotRight - plotLeft) : 0;
  const datedRight = undated.length && dated.length ? plotRight - bandW - 8 : plotRight;

  let tLo = 0;
  let tHi = 1;
  if (dated.length) {
    const first = dated[0]!.t;
    const last = dated.at(-1)!.t;
    const span = Math.max(last - first, 60 * 86_400_000);
    const mid = (first + last) / 2;
    tLo = Math.min(first, mid - span / 2) - span * 0.04;
    tHi = Math.max(last, mid + span / 2) + span * 0.04;
  }
  const xAt = (t: number) => plotLeft + ((t - tLo) / (tHi - tLo)) * (datedRight - plotLeft);
  const xTicks = dated.length ? dateTicks(tLo, tHi, Math.max(1, Math.floor((datedRight - plotLeft) / 78))) : [];

  const placed: Placed[] = [];
  let best: number | null = null;
  let step = "";
  for (const d of dated) {
    const record = best === null || better(d.pt.value, best);
    const px = xAt(d.t);
    const py = y.at(d.pt.value);
    if (record) {
      best = d.pt.value;
      step += step ? `H${r1(px)}V${r1(py)}` : `M${r1(px)} ${r1(py)}`;
    }
    placed.push({ pt: d.pt, x: px, y: py, record, highlighted: isHighlighted(hl, d.pt.subject) });
  }
  if (step && dated.length) step += `H${r1(xAt(dated.at(-1)!.t))}`;
  const bandX0 = plotRight - bandW;
  undated.forEach((pt, i) => {
    const px = bandX0 + ((i + 1) / (undated.length + 1)) * bandW;
    placed.push({ pt, x: px, y: y.at(pt.value), record: false, highlighted: isHighlighted(hl, pt.subject) });
  });

  const radius = n > 400 ? 2.6 : n > 100 ? 3.2 : 4;
  const regular = placed.filter((q) => !q.record && !q.highlighted);
  const records = placed.filter((q) => q.record && !q.highlighted);
  const highlighted = placed.filter((q) => q.highlighted);
  // Up to thousands of marks: built as a string (every text through escapeHtml), several times faster than elements.
  const circles = (qs: Placed[], r: number) => {
    let out = "";
    for (const q of qs) {
      out += `<circle data-claim="${Number(q.pt.claimId)}" cx="${r1(q.x)}" cy="${r1(q.y)}" r="${r}"><title>${escapeHtml(pointTitle(q.pt, b.unit))}</title></circle>`;
    }
    return { __html: out };
  };

  return (
    <>
      {head.node}
      <g className="grid" stroke={p.grid} strokeWidth={1}>
        {y.ticks.map((v) => (
          <line key={v} x1={plotLeft} x2={plotRight} y1={r1(y.at(v))} y2={r1(y.at(v))} />
        ))}
      </g>
      {undated.length > 0 && (
        <g className="undated-band">
          <rect x={r1(bandX0)} y={plotTop} width={r1(bandW)} height={plotBottom - plotTop} fill={p.band} />
          <text x={r1(bandX0 + bandW / 2)} y={plotBottom + 14} textAnchor="middle" fill={p.muted}>
            undated
          </text>
        </g>
      )}
      <g className="y-axis" fill={p.muted}>
        {y.ticks.map((v, i) => (
          <text key={v} x={plotLeft - 6} y={r1(y.at(v) + 4)} textAnchor="end">
            {yLabels[i]}
          </text>
        ))}
        <text
          transform={`translate(${PAD + 9} ${r1((plotTop + plotBottom) / 2)}) rotate(-90)`}
          textAnchor="middle"
          fill={p.muted}
        >
          {fitText(yAxisTitle(b, options), TICK_FONT, plotBottom - plotTop)}
        </text>
      </g>
      <g className="x-axis" fill={p.muted}>
        <line x1={plotLeft} x2={datedRight} y1={plotBottom} y2={plotBottom} stroke={p.axis} />
        {xTicks.map((t) => (
          <g key={t.x}>
            <line x1={r1(xAt(t.x))} x2={r1(xAt(t.x))} y1={plotBottom} y2={plotBottom + 4} stroke={p.axis} />
            <text x={r1(xAt(t.x))} y={plotBottom + 14} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {step && (
        <path className="best-line" d={step} fill="none" stroke={p.record} strokeWidth={2} strokeLinejoin="round" />
      )}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: circles() prints numbers only; thousands of points as one string keep the SVG fast */}
      <g className="claims" fill={p.point} fillOpacity={0.55} dangerouslySetInnerHTML={circles(regular, radius)} />
      <g
        className="records"
        fill={p.record}
        stroke={p.bg}
        strokeWidth={1}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: circles() prints numbers only
        dangerouslySetInnerHTML={circles(records, radius + 1.6)}
      />
      <g
        className="highlighted"
        fill={p.highlight}
        stroke={p.bg}
        strokeWidth={1}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: circles() prints numbers only
        dangerouslySetInnerHTML={circles(highlighted, radius + 1.6)}
      />
      <PointLabels
        placed={placed}
        b={b}
        p={p}
        box={{ left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom }}
      />
    </>
  );
}

function r1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Names next to the latest records and the highlighted subjects' best claims, skipping any that would overlap. */
function PointLabels({
  placed,
  b,
  p,
  box,
}: {
  placed: Placed[];
  b: ChartBenchmark;
  p: Palette;
  box: { left: number; right: number; top: number; bottom: number };
}) {
  const FONT = 11;
  const better = (a: number, c: number) => (b.direction === "lower" ? a < c : a > c);
  const records = placed.filter((q) => q.record).reverse();
  const bestOfHighlighted = new Map<string, Placed>();
  for (const q of placed) {
    if (!q.highlighted) continue;
    const key = q.pt.subject!.toLowerCase();
    const prev = bestOfHighlighted.get(key);
    if (!prev || better(q.pt.value, prev.pt.value)) bestOfHighlighted.set(key, q);
  }
  // The current best first, then the highlighted subjects, then earlier records, newest first.
  const candidates = [...records.slice(0, 1), ...bestOfHighlighted.values(), ...records.slice(1)].filter(
    (q) => q.pt.subject,
  );
  const taken: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out: ReactNode[] = [];
  const seen = new Set<number>();
  for (const q of candidates) {
    if (out.length >= 6 || seen.has(q.pt.claimId)) continue;
    seen.add(q.pt.claimId);
    const pt = q.pt;
    const text = fitText(`${pt.subject} ${formatValue(pt.value, pt.valueText, pt.unit ?? b.unit)}`, FONT, 180);
    const w = textWidth(text, FONT);
    const right = q.x + 7 + w <= box.right;
    const x0 = right ? q.x + 7 : q.x - 7 - w;
    const above = q.y - 8 - FONT >= box.top;
    const baseline = above ? q.y - 7 : q.y + 15;
    const rect = { x0: x0 - 2, x1: x0 + w + 2, y0: baseline - FONT, y1: baseline + 3 };
    if (rect.x0 < box.left || rect.y1 > box.bottom + 2) continue;
    if (taken.some((t) => rect.x0 < t.x1 && rect.x1 > t.x0 && rect.y0 < t.y1 && rect.y1 > t.y0)) continue;
    taken.push(rect);
    out.push(
      <text
        key={q.pt.claimId}
        x={r1(x0)}
        y={r1(baseline)}
        fontSize={FONT}
        fill={q.highlighted ? p.highlight : p.text}
        stroke={p.bg}
        strokeWidth={3}
        paintOrder="stroke"
        strokeLinejoin="round"
      >
        {text}
      </text>,
    );
  }
  return <g className="labels">{out}</g>;
}

/** The top N subjects of the leaderboard as horizontal bars, best on top. */
function BarBody({ input, options, p }: { input: ChartInput; options: ChartRenderOptions; p: Palette }) {
  const b = input.benchmark;
  const W = options.width;
  const H = options.height;
  const hl = highlightSet(options);
  const entries = input.entries.slice(0, options.top);
  const items: LegendItem[] = [];
  const present = new Set(
    entries.filter((e) => isHighlighted(hl, e.subject)).map((e) => e.subject.trim().toLowerCase()),
  );
  if (present.size) {
    items.push({ kind: "bar", color: p.bar, text: "subject" });
    for (const name of options.highlight)
      if (present.has(name.toLowerCase())) items.push({ kind: "bar", color: p.highlight, text: name });
  }
  const subtitle = `best claim per subject · ${directionText(b)} · top ${entries.length} of ${b.subjectCount.toLocaleString("en-US")}${input.note ? ` · ${input.note}` : ""}`;
  const head = header(input, options, p, subtitle, items);
  if (entries.length === 0)
    return (
      <>
        {head.node}
        <Empty options={options} top={head.bottom} p={p} text="No ranked subjects on this benchmark yet" />
      </>
    );

  const plotTop = head.bottom + 6;
  const plotBottom = H - PAD - 18;
  const band = (plotBottom - plotTop) / entries.length;
  const font = Math.max(7, Math.min(12, band * 0.62));
  const names = entries.map((e) => `${e.rank}. ${e.subject}`);
  const valueLabels = entries.map((e) => formatValue(e.value, e.valueText, e.unit ?? b.unit));
  const labelW = Math.min(W * 0.4, Math.max(...names.map((n) => textWidth(n, font))) + 10);
  const valueW = Math.max(...valueLabels.map((l) => textWidth(l, font))) + 8;
  const plotLeft = PAD + labelW;
  const plotRight = W - PAD - valueW;
  const values = entries.map((e) => e.value);
  const x = linearScale(
    Math.min(...values),
    Math.max(...values),
    plotLeft,
    plotRight,
    Math.max(2, Math.floor((plotRight - plotLeft) / 70)),
    { includeZero: true, pad: 0.02 },
  );
  const zero = x.at(0);
  const thick = Math.min(28, Math.max(1, band * 0.72));
  const axisTitle = yAxisTitle(b, { ...options, inline: true });

  return (
    <>
      {head.node}
      <g className="grid" stroke={p.grid}>
        {x.ticks.map((v) => (
          <line key={v} x1={r1(x.at(v))} x2={r1(x.at(v))} y1={plotTop} y2={plotBottom} />
        ))}
      </g>
      <g className="x-axis" fill={p.muted}>
        {x.ticks.map((v) => (
          <text key={v} x={r1(x.at(v))} y={plotBottom + 14} textAnchor="middle">
            {formatTick(v, x.step)}
          </text>
        ))}
        <text x={plotLeft - 6} y={plotBottom + 14} textAnchor="end" fontSize={10}>
          {fitText(axisTitle, 10, labelW - 6)}
        </text>
      </g>
      <g className="bars">
        {entries.map((e, i) => {
          const cy = plotTop + band * (i + 0.5);
          const xv = x.at(e.value);
          const on = isHighlighted(hl, e.subject);
          return (
            <g key={`${e.rank}-${e.subject}`}>
              <rect
                data-entry={e.rank}
                x={r1(Math.min(zero, xv))}
                y={r1(cy - thick / 2)}
                width={r1(Math.max(1, Math.abs(xv - zero)))}
                height={r1(thick)}
                rx={2}
                fill={on ? p.highlight : p.bar}
                fillOpacity={on ? 1 : 0.85}
              >
                <title>{`${e.rank}. ${e.subject}: ${valueLabels[i]} (${e.paper.title}, ${e.paper.date ?? "undated"})`}</title>
              </rect>
              {band >= 7 && (
                <>
                  <text
                    x={plotLeft - 6}
                    y={r1(cy + font * 0.35)}
                    textAnchor="end"
                    fontSize={font}
                    fill={on ? p.highlight : p.text}
                    fontWeight={on ? "bold" : undefined}
                  >
                    {fitText(names[i]!, font, labelW - 8)}
                  </text>
                  <text x={r1(Math.max(zero, xv) + 4)} y={r1(cy + font * 0.35)} fontSize={font} fill={p.muted}>
                    {valueLabels[i]}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </g>
      <line x1={r1(zero)} x2={r1(zero)} y1={plotTop} y2={plotBottom} stroke={p.axis} />
    </>
  );
}
