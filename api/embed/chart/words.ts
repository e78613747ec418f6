import { latexToText } from "../../../extractors/latex-text.js";
import { formatValue } from "../scale.js";
import type { ChartBenchmark, ChartPoint, ChartRenderOptions } from "./input.js";

export function chartTitle(b: Pick<ChartBenchmark, "metric" | "dataset">): string {
  return `${b.metric} on ${latexToText(b.dataset)}`;
}

export function directionText(b: Pick<ChartBenchmark, "direction">): string {
  return b.direction === "lower" ? "lower is better" : "higher is better";
}

/** Without the title above the chart, the axis title is where the reader learns which way is better. */
export function yAxisTitle(b: ChartBenchmark, options: ChartRenderOptions): string {
  const unit = b.unit && b.unit !== "x" ? ` (${b.unit})` : "";
  return options.title && !options.inline ? `${b.metric}${unit}` : `${b.metric}${unit}, ${directionText(b)}`;
}

export function pointTitle(pt: ChartPoint, unit: string | null): string {
  return `${pt.subject ?? "unnamed subject"}: ${formatValue(pt.value, pt.valueText, pt.unit ?? unit)} (${pt.paper.title}, ${pt.paper.date ?? "undated"})`;
}
