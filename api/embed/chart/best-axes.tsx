import { fitText } from "../scale.js";
import type { BestLayout } from "./best-layout.js";
import type { ChartBenchmark, ChartRenderOptions } from "./input.js";
import { PAD, r1, TICK_FONT } from "./layout.js";
import type { Palette } from "./theme.js";
import { yAxisTitle } from "./words.js";

/** Grid lines, the undated band, and the value and time axes: everything drawn under the claims. */
export function BestAxes({
  layout,
  hasUndated,
  b,
  options,
  p,
}: {
  layout: BestLayout;
  hasUndated: boolean;
  b: ChartBenchmark;
  options: ChartRenderOptions;
  p: Palette;
}) {
  const { plotTop, plotBottom, plotLeft, plotRight, y, yLabels, bandX0, bandW, datedRight, xAt, xTicks } = layout;
  return (
    <>
      <g className="grid" stroke={p.grid} strokeWidth={1}>
        {y.ticks.map((v) => (
          <line key={v} x1={plotLeft} x2={plotRight} y1={r1(y.at(v))} y2={r1(y.at(v))} />
        ))}
      </g>
      {hasUndated && (
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
    </>
  );
}
