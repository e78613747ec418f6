import { errorResponses } from "../openapi-errors.js";
import { jsonBody } from "../middleware/json-body.js";
import { createRoute } from "@hono/zod-openapi";
import { benchmarkHead } from "../../domain/embed.js";
import { requireRole } from "../auth.js";
import { rateLimit } from "../middleware/rate-limit.js";
import { checkAccess } from "../embed/access.js";
import { chartTitle } from "../embed/chart.js";
import { escapeHtml } from "../../domain/embed-links/escape.js";
import { embedConfigOf, type EmbedDeps } from "../embed/config.js";
import { baseUrl, isNotModified, makeEtag, notModified, RENDER_VERSION, setValidators } from "../embed/http.js";
import { embedLinks, frameSize } from "../../domain/embed-links/links.js";
import { mintEmbedLinks, optionsFrom } from "../../domain/embed-links/mint.js";
import {
  canonicalOptions,
  EmbedQuerySchema,
  optionsOf,
  SIZE,
  type EmbedOptions,
} from "../../domain/embed-links/options.js";
import type { ErrorCode } from "../error-codes.js";
import { describeIssues } from "../../contracts/describe-issues.js";
import { errorResponse } from "../errors.js";
import type { Context } from "hono";
import {
  EmbedLinkRequestSchema,
  EmbedLinkSchema,
  OEmbedQuerySchema,
  OEmbedRichSchema,
  type OEmbedRich,
} from "../schemas/embed.js";
import { router } from "../router.js";
import { getPin } from "../../domain/embed-pins.js";
import { pinLinks, pinSigningId, pinTitle } from "../embed/pin-links.js";

const oembed = createRoute({
  method: "get",
  path: "/oembed",
  summary: "oEmbed 1.0 (rich) for a benchmark page or embed link of this server",
  request: { query: OEmbedQuerySchema },
  responses: {
    200: { content: { "application/json": { schema: OEmbedRichSchema } }, description: "the embed" },
    304: { description: "the client's copy is current" },
    ...errorResponses({
      400: "invalid query",
      403: "signature required, invalid or expired",
      404: "not a benchmark page of this server",
      501: "format other than json",
    }),
  },
});

const mint = createRoute({
  method: "post",
  path: "/embed-links",
  summary: "Make a signed embed link (for deployments that require signatures); reviewer token",
  middleware: [requireRole("reviewer"), rateLimit("embed-links"), jsonBody] as const,
  request: { body: { content: { "application/json": { schema: EmbedLinkRequestSchema } }, required: true } },
  responses: {
    200: { content: { "application/json": { schema: EmbedLinkSchema } }, description: "the signed link in every form" },
    ...errorResponses({
      400: "invalid request",
      401: "no or unknown token",
      403: "token lacks the reviewer role",
      404: "no such benchmark",
      501: "the server has no EMBED_SIGNING_SECRET",
    }),
  },
});

/** An error in the API's shape; typed `never` so the routes' typed responses list only the success body. */
function fail(c: Context, code: ErrorCode, message: string): never {
  return errorResponse(c, code, message) as never;
}

/** Where a URL given to oEmbed points, when it is a benchmark page or embed link under `base`. */
export function parseOwnUrl(
  url: string,
  base: string,
): { id: string; query: Record<string, string>; pin?: true } | null {
  let u: URL;
  let b: URL;
  try {
    u = new URL(url);
    b = new URL(base);
  } catch {
    return null;
  }
  if (u.origin !== b.origin) return null;
  const prefix = b.pathname.replace(/\/+$/, "");
  if (!u.pathname.startsWith(`${prefix}/`)) return null;
  const path = u.pathname.slice(prefix.length);
  const pinned = /^\/embed\/pins\/([0-9a-f]{24})(?:\.(?:svg|png))?\/?$/.exec(path);
  if (pinned) return { id: pinned[1]!, query: Object.fromEntries(u.searchParams), pin: true };
  const m = /^\/(?:embed\/)?benchmarks\/([a-z0-9-]{1,200})(?:\.(?:svg|png))?\/?$/.exec(path);
  if (!m) return null;
  return { id: m[1]!, query: Object.fromEntries(u.searchParams) };
}

/** Scales a size down (never up) to fit the consumer's maxima, keeping its aspect. */
function fit(size: { width: number; height: number }, maxwidth?: number, maxheight?: number) {
  const scale = Math.min(1, maxwidth ? maxwidth / size.width : 1, maxheight ? maxheight / size.height : 1);
  return { width: Math.max(1, Math.floor(size.width * scale)), height: Math.max(1, Math.floor(size.height * scale)) };
}

/** `/api/oembed` and `/api/embed-links`, mounted inside the API (auth, CORS, OpenAPI like every route). */
export function oembedRoutes(deps: EmbedDeps) {
  const config = embedConfigOf(deps);
  return router()
    .openapi(oembed, async (c) => {
      const { url, maxwidth, maxheight, format } = c.req.valid("query");
      if (format !== undefined && format !== "json")
        return fail(c, "FORMAT_NOT_IMPLEMENTED", "only format=json is served");
      const base = baseUrl(c, config);
      const target = parseOwnUrl(url, base);
      if (!target) return fail(c, "NOT_FOUND", `not a benchmark page of this server (${base})`);
      const parsed = EmbedQuerySchema.safeParse(target.query);
      if (!parsed.success) return fail(c, "VALIDATION_FAILED", `url: ${describeIssues(parsed.error.issues)}`);
      const q = parsed.data;
      const options = optionsOf(q);
      const access = checkAccess(config, target.pin ? pinSigningId(target.id) : target.id, q);
      if (!access.ok) return fail(c, access.code, access.message);
      if (target.pin) {
        // A pinned embed: drawn from its stored snapshot, so its oEmbed never changes either.
        const pin = await getPin(c.var.db, target.id);
        if (!pin) return fail(c, "NOT_FOUND", `pinned embed ${target.id} not found`);
        const title = pinTitle(pin.snapshot, pin.createdAt);
        const frame = fit(frameSize(options), maxwidth, maxheight);
        const links = pinLinks(
          base,
          pin.id,
          pin.benchmarkId,
          options,
          title,
          access.signed ? { exp: access.exp, sig: access.sig } : undefined,
          frame,
        );
        const thumb = thumbnail(options, links.pngUrl, base, pin.benchmarkId, true, maxwidth, maxheight);
        const pinned = richAnswer(title, base, links, frame, null, thumb);
        if (!access.signed) c.header("Cache-Control", "public, max-age=31536000, immutable");
        return c.json(pinned, 200);
      }
      const head = await benchmarkHead(c.var.db, target.id);
      if (!head) return fail(c, "NOT_FOUND", `benchmark ${target.id} not found`);

      const v = {
        etag: makeEtag(
          RENDER_VERSION,
          "oembed",
          head.id,
          head.updatedAt.toISOString(),
          canonicalOptions(options),
          base,
          maxwidth ?? "",
          maxheight ?? "",
          access.signed ? access.exp : "",
        ),
        lastModified: head.updatedAt,
        signed: access.signed,
        ...(access.signed ? { exp: access.exp } : {}),
      };
      if (isNotModified(c, v)) return notModified(c, config, v) as never;

      const title = chartTitle(head);
      const frame = fit(frameSize(options), maxwidth, maxheight);
      const links = embedLinks(
        base,
        head.id,
        options,
        title,
        access.signed ? { exp: access.exp, sig: access.sig } : undefined,
        frame,
      );
      const thumb = thumbnail(options, links.pngUrl, base, head.id, access.signed, maxwidth, maxheight);
      const body = richAnswer(title, base, links, frame, access.signed ? null : config.maxAge, thumb);
      setValidators(c, config, v);
      return c.json(body, 200);
    })
    .openapi(mint, async (c) => {
      const body = c.req.valid("json");
      if (!config.signingSecret)
        return fail(c, "SIGNING_NOT_CONFIGURED", "set EMBED_SIGNING_SECRET on the server to make signed links");
      const head = await benchmarkHead(c.var.db, body.benchmarkId);
      if (!head) return fail(c, "NOT_FOUND", `benchmark ${body.benchmarkId} not found`);
      const options = optionsFrom(body);
      const links = mintEmbedLinks(
        config.signingSecret,
        baseUrl(c, config),
        head.id,
        options,
        chartTitle(head),
        body.expiresIn,
      );
      c.header("Cache-Control", "no-store");
      return c.json(links, 200);
    });
}

/**
 * The oEmbed answer of a live or pinned embed. The title is escaped like the html, so consumers that paste
 * it into a page unescaped stay safe; `cacheAge` is left out where the answer must not be cached by age.
 */
function richAnswer(
  title: string,
  base: string,
  links: { iframe: string },
  frame: { width: number; height: number },
  cacheAge: number | null,
  thumb: ReturnType<typeof thumbnail>,
): OEmbedRich {
  return {
    type: "rich",
    version: "1.0",
    title: escapeHtml(title),
    provider_name: "Claimboard",
    provider_url: `${base}/`,
    ...(cacheAge === null ? {} : { cache_age: cacheAge }),
    html: links.iframe,
    width: frame.width,
    height: frame.height,
    ...thumb,
  };
}

/**
 * The PNG as thumbnail, within maxwidth/maxheight. An unsigned link's image is simply asked for at the
 * fitting size; a signed one's size is part of the signature, so it is offered only when it fits.
 */
function thumbnail(
  options: EmbedOptions,
  signedPngUrl: string,
  base: string,
  id: string,
  signed: boolean,
  maxwidth?: number,
  maxheight?: number,
) {
  if (signed) {
    const fits = (!maxwidth || options.width <= maxwidth) && (!maxheight || options.height <= maxheight);
    return fits
      ? { thumbnail_url: signedPngUrl, thumbnail_width: options.width, thumbnail_height: options.height }
      : {};
  }
  const size = fit({ width: options.width, height: options.height }, maxwidth, maxheight);
  if (size.width < SIZE.minWidth || size.height < SIZE.minHeight) return {};
  const sized = { ...options, ...size };
  return {
    thumbnail_url: embedLinks(base, id, sized, "").pngUrl,
    thumbnail_width: size.width,
    thumbnail_height: size.height,
  };
}
