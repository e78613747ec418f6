import type { ReactNode } from "react";
import { fitText, textWidth } from "../scale.js";
import type { ChartInput, ChartRenderOptions } from "./input.js";
import { PAD } from "./layout.js";
import { Swatch, type SwatchKind } from "./swatch.js";
import type { Palette } from "./theme.js";
import { chartTitle } from "./words.js";

export interface LegendItem {
  kind: SwatchKind;
  color: string;
  text: string;
}

interface Header {
  node: ReactNode;
  /** Where the plot may start. */
  bottom: number;
}

/** Title, subtitle and the legend (SVG text, wrapped into rows). */
export function header(
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
