import { Hono, type Context } from "hono";
import type { Database } from "../../db/client.js";
import { getLeaderboard, getSeries } from "../../domain/benchmarks.js";
import { benchmarkHead } from "../../domain/embed.js";
import { benchmarkVersionNow } from "../../domain/version-reads.js";
import { checkAccess } from "../embed/access.js";
import { renderChartSvg, chartTitle, type ChartInput } from "../embed/chart.js";
import { plainChartInput } from "../embed/plain-text.js";
import { embedConfigOf, type EmbedConfig, type EmbedDeps } from "../embed/config.js";
import { escapeHtml } from "../../domain/embed-links/escape.js";
import {
  baseUrl,
  isNotModified,
  makeEtag,
  notModified,
  RENDER_VERSION,
  setEmbedSecurityHeaders,
  setValidators,
  type Validators,
} from "../embed/http.js";
import { embedLinks } from "../../domain/embed-links/links.js";
import { Lru } from "../../domain/lru.js";
import { canonicalOptions, DEFAULT_OPTIONS, EmbedQuerySchema, optionsOf } from "../../domain/embed-links/options.js";
import { type EmbedPageInput, PAGE_STYLE_SOURCE, renderEmbedPage } from "../embed/page.js";
import { svgToPng } from "../embed/png.js";
import type { AppEnv } from "../context.js";
import { describeIssues } from "../../contracts/describe-issues.js";
import { errorResponse } from "../errors.js";
import { offerToCache } from "../middleware/response-cache.js";

const ID = /^[a-z0-9-]{1,200}$/;
const FILE = /^([a-z0-9-]{1,200}?)(?:\.(svg|png))?$/;

export type Format = "html" | "svg" | "png";
const CONTENT_TYPES: Record<Format, string> = {
  html: "text/html; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
};

/**
 * Charts for other sites: `/embed/benchmarks/:id` (an HTML page for iframes), `.svg` and `.png`, and
 * oEmbed discovery on the dashboard's `/benchmarks/:id`. Mounted before the app's secureHeaders so
 * the embeds carry no X-Frame-Options: they set their own headers (CSP frame-ancestors, CORP
 * cross-origin, nosniff). They read `deps.db` directly, since the app's context middleware comes later.
 */
export function embedRoutes(deps: EmbedDeps & { db: Database }) {
  const config = embedConfigOf(deps);
  const db = deps.db;
  // Rendered bodies by ETag: a README image fetched by many readers is drawn once per change.
  const rendered = new Lru<string | Uint8Array<ArrayBuffer>>(128, 32 * 1024 * 1024, (v) => v.length);

  return new Hono<AppEnv>()
    .get("/embed/benchmarks/:file", async (c) => {
      const m = FILE.exec(c.req.param("file"));
      if (!m) return errorResponse(c, "NOT_FOUND", `no embed at ${c.req.path}`);
      const id = m[1]!;
      const format = (m[2] ?? "html") as Format;
      const parsed = EmbedQuerySchema.safeParse(c.req.query());
      if (!parsed.success) return errorResponse(c, "VALIDATION_FAILED", describeIssues(parsed.error.issues));
      const q = parsed.data;
      const options = optionsOf(q);
      const access = checkAccess(config, id, q);
      if (!access.ok) return errorResponse(c, access.code, access.message);

      const head = await benchmarkVersionNow(db, id);
      if (!head) return errorResponse(c, "NOT_FOUND", `benchmark ${id} not found`);
      const base = baseUrl(c, config);
      const validators = (updated: Date): Validators => ({
        etag: makeEtag(
          RENDER_VERSION,
          format,
          id,
          updated.toISOString(),
          canonicalOptions(options),
          format === "html" ? base : "",
          access.signed ? access.exp : "",
        ),
        lastModified: updated,
        signed: access.signed,
        ...(access.signed ? { exp: access.exp } : {}),
      });
      let v = validators(head.changedAt);
      if (isNotModified(c, v)) return notModified(c, config, v);

      let body = rendered.get(v.etag);
      if (body === undefined) {
        const needSeries = options.chart === "best";
        const needBoard = format === "html" || options.chart === "bar";
        const series = needSeries ? await getSeries(db, id) : null;
        const board = needBoard ? await getLeaderboard(db, id) : null;
        const benchmark = (series ?? board)!.benchmark;
        v = validators(new Date(benchmark.updatedAt));
        const input: ChartInput = plainChartInput({
          benchmark,
          points: series?.points ?? [],
          entries: board?.entries ?? [],
          truncated: series?.truncated ?? false,
          note: `data as of ${benchmark.updatedAt.slice(0, 10)}`,
        });
        body = await renderEmbed(format, input, { options, base, updatedAt: benchmark.updatedAt });
        rendered.set(v.etag, body);
      }
      return send(c, config, format, body, v);
    })
    .get("/benchmarks/:id", async (c, next) => {
      // The dashboard page itself (the SPA's index.html, served further down): add oEmbed discovery.
      const id = c.req.param("id"); // read before next(): afterwards the params are the fallback route's
      await next();
      // A private server's page would name the benchmark to anyone who guesses an id.
      if (config.privatePages) return;
      const res = c.res;
      if (res.status !== 200 || !res.headers.get("content-type")?.startsWith("text/html") || !ID.test(id)) return;
      const head = await benchmarkHead(db, id);
      if (!head) return;
      const html = await res.text();
      const tags = discoveryTags(baseUrl(c, config), id, chartTitle(head), config);
      c.res = new Response(html.replace(/<\/head>/i, `${tags}</head>`), { status: res.status, headers: res.headers });
      c.res.headers.delete("content-length");
    });
}

/**
 * A chart's body in `format`: the iframe page (the chart and a table of the top entries, linking back to
 * `base`), the SVG, or that SVG drawn as a PNG. Live and pinned embeds both draw through it.
 */
export async function renderEmbed(
  format: Format,
  input: ChartInput,
  page: Pick<EmbedPageInput, "options" | "base" | "updatedAt" | "dataNote">,
): Promise<string | Uint8Array<ArrayBuffer>> {
  if (format === "html")
    return renderEmbedPage({ chart: input, table: input.entries.slice(0, page.options.top), ...page });
  const svg = renderChartSvg(input, page.options);
  return format === "svg" ? svg : new Uint8Array(await svgToPng(svg));
}

export function send(
  c: Context<AppEnv>,
  config: EmbedConfig,
  format: Format,
  body: string | Uint8Array<ArrayBuffer>,
  v: Validators,
): Response {
  setEmbedSecurityHeaders(c, config, format, PAGE_STYLE_SOURCE);
  setValidators(c, config, v);
  c.header("Content-Type", CONTENT_TYPES[format]);
  // A signed link expires: its answer must not outlive it in the response cache.
  if (!v.signed) offerToCache(c, body);
  return c.body(body, 200);
}

/** oEmbed discovery and Open Graph tags for the dashboard page of a benchmark; every value escaped. */
function discoveryTags(base: string, id: string, title: string, config: EmbedConfig): string {
  const links = embedLinks(base, id, DEFAULT_OPTIONS, title);
  const tags = [
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(links.oembedUrl)}" title="${escapeHtml(title)}">`,
    `<meta property="og:title" content="${escapeHtml(`${title} · Claimboard`)}">`,
    `<meta property="og:type" content="website">`,
    `<meta property="og:url" content="${escapeHtml(links.pageUrl)}">`,
  ];
  if (!config.requireSignature) {
    tags.push(
      `<meta property="og:image" content="${escapeHtml(links.pngUrl)}">`,
      `<meta property="og:image:width" content="${DEFAULT_OPTIONS.width}">`,
      `<meta property="og:image:height" content="${DEFAULT_OPTIONS.height}">`,
      `<meta name="twitter:card" content="summary_large_image">`,
    );
  }
  return tags.join("");
}
