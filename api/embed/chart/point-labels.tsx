import type { ReactNode } from "react";
import { isBetter } from "../../../extractors/best-over-time.js";
import { fitText, formatValue, textWidth } from "../scale.js";
import type { Placed } from "./best-placement.js";
import type { ChartBenchmark } from "./input.js";
import { r1 } from "./layout.js";
import type { Palette } from "./theme.js";

/** Names next to the latest records and the highlighted subjects' best claims, skipping any that would overlap. */
export function PointLabels({
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
  const records = placed.filter((q) => q.record).reverse();
  const bestOfHighlighted = new Map<string, Placed>();
  for (const q of placed) {
    if (!q.highlighted) continue;
    const key = q.pt.subject!.toLowerCase();
    const prev = bestOfHighlighted.get(key);
    if (!prev || isBetter(q.pt.value, prev.pt.value, b.direction)) bestOfHighlighted.set(key, q);
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
