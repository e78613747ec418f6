import type { PinSnapshot } from "../../domain/embed-pins.js";
import { chartTitle } from "./chart.js";
import { frameSize, iframeHtml, markdownText, type EmbedLinks } from "../../domain/embed-links/links.js";
import { optionsQuery, type EmbedOptions } from "../../domain/embed-links/options.js";

/** The id a pinned embed is signed under: never a benchmark slug, so a signature cannot move between them. */
export const pinSigningId = (pinId: string) => `pin:${pinId}`;

/** "FID on ImageNet 256x256, as of 2025-06-30" / "…, pinned 2026-12-02". */
export function pinTitle(s: PinSnapshot, createdAt: string): string {
  return `${chartTitle(s.benchmark)}, ${s.asOf ? `as of ${s.asOf}` : `pinned ${createdAt.slice(0, 10)}`}`;
}

/** Every form of a pinned embed's links, as embedLinks gives them for a live one. */
export function pinLinks(
  base: string,
  pinId: string,
  benchmarkId: string,
  options: EmbedOptions,
  title: string,
  signed?: { exp: number; sig: string },
  frame: { width: number; height: number } = frameSize(options),
): EmbedLinks {
  const path = `${base}/embed/pins/${pinId}`;
  const query = optionsQuery(options, signed);
  const url = `${path}${query}`;
  const svgUrl = `${path}.svg${query}`;
  const pageUrl = `${base}/benchmarks/${encodeURIComponent(benchmarkId)}`;
  return {
    url,
    svgUrl,
    pngUrl: `${path}.png${query}`,
    pageUrl,
    oembedUrl: `${base}/api/oembed?format=json&url=${encodeURIComponent(url)}`,
    iframe: iframeHtml(url, title, frame.width, frame.height),
    markdown: `[![${markdownText(title)}](${svgUrl})](${pageUrl})`,
  };
}
