import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { EmbedConfig } from "./config.js";
import { ifNoneMatchHits } from "../etag-match.js";

/** Bump when the rendering changes, so caches holding old drawings revalidate to new ones. */
export const RENDER_VERSION = "embed-2";

/** The origin + path prefix links are made with: EMBED_PUBLIC_URL, else the request's own origin. */
export function baseUrl(c: Context, config: EmbedConfig): string {
  return config.publicUrl ?? new URL(c.req.url).origin;
}

/** A strong ETag over everything the representation depends on. */
export function makeEtag(...parts: (string | number | boolean | null)[]): string {
  return `"${createHash("sha256").update(parts.map(String).join("\u0000")).digest("base64url").slice(0, 27)}"`;
}

export interface Validators {
  etag: string;
  lastModified: Date;
  /** Signed links are private to whoever holds them: shared caches must not keep them. */
  signed: boolean;
  /** Expiry of a signed link, unix seconds. */
  exp?: number;
}

function cacheControl(config: EmbedConfig, v: Pick<Validators, "signed" | "exp">, now = Date.now()): string {
  if (!v.signed) return `public, max-age=${config.maxAge}`;
  const left =
    v.exp === undefined ? config.maxAge : Math.max(0, Math.min(config.maxAge, v.exp - Math.floor(now / 1000)));
  return `private, max-age=${left}`;
}

/** Sets ETag, Last-Modified and Cache-Control on the response being built. */
export function setValidators(c: Context, config: EmbedConfig, v: Validators): void {
  c.header("ETag", v.etag);
  c.header("Last-Modified", v.lastModified.toUTCString());
  c.header("Cache-Control", cacheControl(config, v));
}

/**
 * True when the client's copy is current: If-None-Match (weak comparison) when sent, else
 * If-Modified-Since at HTTP-date (second) precision.
 */
export function isNotModified(c: Context, v: Pick<Validators, "etag" | "lastModified">): boolean {
  const inm = c.req.header("if-none-match");
  if (inm !== undefined) return ifNoneMatchHits(inm, v.etag);
  const ims = c.req.header("if-modified-since");
  if (ims) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Math.floor(v.lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

/** 304 with the validators a 200 would carry. */
export function notModified(c: Context, config: EmbedConfig, v: Validators): Response {
  setValidators(c, config, v);
  return c.body(null, 304);
}

/**
 * Headers of everything that is embedded on other sites. No X-Frame-Options (frame-ancestors
 * governs framing), resources loadable cross-origin, nothing else allowed to load or run.
 */
export function setEmbedSecurityHeaders(
  c: Context,
  config: EmbedConfig,
  kind: "html" | "svg" | "png",
  styleSource = "'unsafe-inline'",
): void {
  const csp =
    kind === "html"
      ? `default-src 'none'; style-src ${styleSource}; img-src 'self' data:; frame-ancestors ${config.frameAncestors}; base-uri 'none'; form-action 'none'`
      : `default-src 'none'; style-src 'unsafe-inline'; frame-ancestors ${config.frameAncestors}`;
  c.header("Content-Security-Policy", csp);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "strict-origin-when-cross-origin");
  c.header("Cross-Origin-Resource-Policy", "cross-origin");
}
