import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Database } from "../../db/client.js";
import { cacheStamp } from "../../domain/cache-stamp.js";
import { Lru } from "../../domain/lru.js";
import type { AppEnv } from "../context.js";
import { ifNoneMatchHits } from "../etag-match.js";

interface Stored {
  /** Null: an answer kept without a stamp, to mark its URL as worth reading the stamp for next time. */
  stamp: string | null;
  body: string | Uint8Array<ArrayBuffer>;
  headers: Record<string, string>;
  etag: string | undefined;
}

/**
 * Whole answers of public reads, by URL (and Origin, which CORS answers to), stamped with what the data
 * was when they were built (domain/cache-stamp.ts): while the stamp stands, a repeat is served from here
 * with no validation, lookup or rendering, and `If-None-Match` gets its 304 here too. On the embedded
 * database reading the stamp costs nothing; on PostgreSQL it is the one shared version query. Once
 * anything was written, reads go to their routes, which check their own versions and fill this again.
 * Only answers a route offers with `offerToCache` are kept.
 */
export function responseCache(db: Database) {
  const entries = new Lru<Stored>(10_000, 64 * 2 ** 20, (s) => s.body.length + 512);
  return createMiddleware<AppEnv>(async (c, next) => {
    // Conditional-by-date requests keep their route's full rules; If-None-Match (what browsers send) is answered here.
    if (c.req.method !== "GET" || c.req.header("if-modified-since") !== undefined) return next();
    const key = `${c.req.url}\n${c.req.header("origin") ?? ""}`;
    const hit = entries.get(key);
    // The stamp is read only for URLs whose answers were kept before: other reads never pay for it.
    let stamp: string | null = null;
    if (hit) {
      const now = cacheStamp(db);
      stamp = typeof now === "string" ? now : await now;
      if (stamp !== null && hit.stamp === stamp) {
        if (hit.etag && ifNoneMatchHits(c.req.header("if-none-match"), hit.etag)) {
          const { "content-type": _type, ...headers } = hit.headers;
          return c.body(null, 304, headers);
        }
        return c.body(hit.body, 200, hit.headers);
      }
    }
    await next();
    const body = c.get("cacheableBody");
    if (body === undefined || c.res.status !== 200) return;
    const headers: Record<string, string> = {};
    c.res.headers.forEach((value, name) => {
      // Each answer gets its own request id.
      if (name !== "x-request-id" && name !== "content-length") headers[name] = value;
    });
    entries.set(key, { stamp, body, headers, etag: headers.etag });
  });
}

/** Offers this 200 answer's body to the response cache: only for public reads that depend on nothing but the URL and the data. */
export function offerToCache(c: Context<AppEnv>, body: string | Uint8Array<ArrayBuffer>): void {
  c.set("cacheableBody", body);
}
