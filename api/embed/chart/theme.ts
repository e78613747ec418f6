import type { EmbedOptions } from "../../../domain/embed-links/options.js";

export const FONT_FAMILY = `"DejaVu Sans", Verdana, "Segoe UI", system-ui, sans-serif`;

export interface Palette {
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

export const PALETTES: Record<EmbedOptions["theme"], Palette> = {
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
