import { escapeHtml } from "./escape.js";
import { optionsQuery, type EmbedOptions } from "./options.js";

export interface EmbedLinks {
  /** The HTML embed, for an iframe. */
  url: string;
  svgUrl: string;
  pngUrl: string;
  /** The full dashboard page of the benchmark. */
  pageUrl: string;
  /** The oEmbed endpoint for the page (or for a signed link). */
  oembedUrl: string;
  iframe: string;
  markdown: string;
}

/** Every form of a chart's embed links, from one place, so the API, the CLI and oEmbed agree. */
export function embedLinks(
  base: string,
  id: string,
  options: EmbedOptions,
  title: string,
  signed?: { exp: number; sig: string },
  frame: { width: number; height: number } = frameSize(options),
): EmbedLinks {
  const path = `${base}/embed/benchmarks/${encodeURIComponent(id)}`;
  const query = optionsQuery(options, signed);
  const url = `${path}${query}`;
  const svgUrl = `${path}.svg${query}`;
  const pngUrl = `${path}.png${query}`;
  const pageUrl = `${base}/benchmarks/${encodeURIComponent(id)}`;
  const oembedUrl = `${base}/api/oembed?format=json&url=${encodeURIComponent(signed ? url : pageUrl)}`;
  return {
    url,
    svgUrl,
    pngUrl,
    pageUrl,
    oembedUrl,
    iframe: iframeHtml(url, title, frame.width, frame.height),
    markdown: `[![${markdownText(title)}](${svgUrl})](${pageUrl})`,
  };
}

/** The iframe's natural size: the chart plus a few rows of the table (the page scrolls the rest). */
export function frameSize(options: Pick<EmbedOptions, "width" | "height" | "title">): {
  width: number;
  height: number;
} {
  return { width: options.width, height: options.height + (options.title ? 30 : 0) + 150 };
}

export function iframeHtml(src: string, title: string, width: number, height: number): string {
  return `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/** Alt text in Markdown: brackets and backslashes escaped, and markup characters as entities. */
export function markdownText(text: string): string {
  return escapeHtml(text).replace(/[[\]\\()]/g, "\\$&");
}
