/** Margin around the chart, and the axis text size the layouts measure labels with. */
export const PAD = 12;
export const TICK_FONT = 11;

/** Coordinates to a tenth of a pixel: finer only makes the SVG longer. */
export function r1(v: number): number {
  return Math.round(v * 10) / 10;
}
