import { existsSync } from "node:fs";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

/**
 * Fonts for rasterizing: resvg draws text only with the font files it is given, so the PNG looks the
 * same on every machine that has them. DejaVu Sans comes with Debian's fonts-dejavu-core, which
 * Chromium pulls in (fontconfig-config depends on it) and CI installs. The SVG asks for
 * "DejaVu Sans" first, so browsers that have it draw the .svg the same way.
 */
const CANDIDATES = [
  ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
  ["/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"],
  ["/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"],
];

export interface FontSetup {
  files: string[];
  /** False when no known font file was found and resvg falls back to the system's fonts. */
  pinned: boolean;
}

function resolveFonts(): FontSetup {
  for (const set of CANDIDATES) {
    const files = set.filter((f) => existsSync(f));
    if (files.length && files[0] === set[0]) return { files, pinned: true };
  }
  return { files: [], pinned: false };
}

let defaultFonts: FontSetup | null = null;

/** Rasterizes an SVG document (from renderChartSvg) at its own size, off the event loop. */
export async function svgToPng(svg: string, fonts: FontSetup = (defaultFonts ??= resolveFonts())): Promise<Buffer> {
  const options: ResvgRenderOptions = {
    font: fonts.pinned
      ? {
          fontFiles: fonts.files,
          loadSystemFonts: false,
          defaultFontFamily: "DejaVu Sans",
          sansSerifFamily: "DejaVu Sans",
        }
      : { loadSystemFonts: true },
    fitTo: { mode: "original" },
    shapeRendering: 2,
    textRendering: 1,
  };
  const image = await renderAsync(svg, options);
  return image.asPng();
}
