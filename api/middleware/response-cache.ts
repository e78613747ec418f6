import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { LocalChanges } from "../../domain/local-changes.js";
import { Lru } from "../../domain/lru.js";
import type { AppEnv } from "../context.js";
import { ifNoneMatchHits } from "../etag-match.js";

interface Stored {
  generation: number;
  body: string | Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  etag: string | undefined;
}

/**
 * Whole answers of public reads, by URL (and Origin, which CORS answers to), stamped with the embedded
 * database's change counter: while no write has committed since, a repeat is served from here with no
 * query, no validation and no rendering, and `If-None-Match` gets its 304 here too. When the counter is
 * unknown (PostgreSQL, where other processes write) nothing is kept and every read goes to its route, which
 * validates against the database. Only answers a route offers with `offerToCache` are kept.
 */
export function responseCache(changes: LocalChanges) {
  const entries = new Lru<Stored>(10_000, 64 * 2 ** 20, (s) => s.body.length + 512);
  return createMiddleware<AppEnv>(async (c, next) => {
    const generation = changes.generation;
    // Conditional-by-date requests keep their route's full rules; If-None-Match (what browsers send) is answered here.
    if (generation === null || c.req.method !== "GET" || c.req.header("if-modified-since") !== undefined) return next();
    const key = `${c.req.url}\n${c.req.header("origin") ?? ""}`;
    const hit = entries.get(key);
    if (hit && hit.generation === generation) {
      if (hit.etag && ifNoneMatchHits(c.req.header("if-none-match"), hit.etag)) {
        const { "content-type": _type, ...headers } = hit.headers;
        return c.body(null, 304, headers);
      }
      return c.body(hit.body, 200, hit.headers);
    }
    await next();
    const body = c.get("cacheableBody");
    if (body === undefined || c.res.status !== 200) return;
    const headers: Record<string, string> = {};
    c.res.headers.forEach((value, name) => {
      // Each answer gets its own request id.
      if (name !== "x-request-id" && name !== "content-length") headers[name] = value;
    });
    entries.set(key, { generation, body, headers, etag: headers.etag });
  });
}

/** Offers this 200 answer's body to the response cache: only for public reads that depend on nothing but the URL and the data. */
export function offerToCache(c: Context<AppEnv>, body: string | Uint8Array<ArrayBuffer>): void {
  c.set("cacheableBody", body);
}
