import { renderToStaticMarkup } from "react-dom/server";
import { BarBody } from "./chart/bar-chart.js";
import { BestBody } from "./chart/best-chart.js";
import type { ChartInput, ChartRenderOptions } from "./chart/input.js";
import { TICK_FONT } from "./chart/layout.js";
import { FONT_FAMILY, PALETTES } from "./chart/theme.js";
import { chartTitle, directionText } from "./chart/words.js";

/**
 * The embeddable charts, drawn as plain SVG with React (which escapes every text from papers).
 * recharts is not used here: under renderToStaticMarkup it needs ~350 ms for 1,000 points, and an
 * image's legend has to be SVG text anyway. One renderer serves the HTML embed (inline, scaling with
 * its frame), the .svg and, through resvg, the .png. Its parts are in chart/.
 */

// The embed's routes and page import the chart from here, whatever part of chart/ a name lives in.
export type { ChartEntry, ChartInput } from "./chart/input.js";
export { chartTitle, directionText } from "./chart/words.js";

/** The chart as a standalone SVG document (with the XML declaration and namespace). */
export function renderChartSvg(input: ChartInput, options: ChartRenderOptions): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(<ChartSvg input={input} options={options} />)}`;
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
