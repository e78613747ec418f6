import { fitText, formatTick, formatValue, linearScale, textWidth } from "../scale.js";
import { Empty } from "./empty.js";
import { header, type LegendItem } from "./header.js";
import { highlightSet, isHighlighted } from "./highlight.js";
import type { ChartInput, ChartRenderOptions } from "./input.js";
import { PAD, r1 } from "./layout.js";
import type { Palette } from "./theme.js";
import { directionText, yAxisTitle } from "./words.js";

/** The top N subjects of the leaderboard as horizontal bars, best on top. */
export function BarBody({ input, options, p }: { input: ChartInput; options: ChartRenderOptions; p: Palette }) {
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
