import type { ChartRenderOptions } from "./input.js";
import type { Palette } from "./theme.js";

/** Centred in the room the header leaves. */
export function Empty({
  options,
  top,
  p,
  text,
}: {
  options: ChartRenderOptions;
  top: number;
  p: Palette;
  text: string;
}) {
  return (
    <text x={options.width / 2} y={(top + options.height) / 2} textAnchor="middle" fontSize={13} fill={p.muted}>
      {text}
    </text>
  );
}
