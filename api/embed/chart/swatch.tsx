import type { Palette } from "./theme.js";

export type SwatchKind = "dot" | "big" | "line" | "band" | "bar";

/** Legend marks use rects (rounded for dots) so that circles in the SVG are exactly the claims. */
export function Swatch({
  kind,
  color,
  x,
  cy,
  p,
}: {
  kind: SwatchKind;
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
