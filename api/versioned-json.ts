import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { VersionedCache } from "../domain/versioned-cache.js";
import type { AppEnv } from "./context.js";
import { ifNoneMatchHits } from "./etag-match.js";
import { jsonText } from "./json-text.js";
import { offerToCache } from "./middleware/response-cache.js";

const utf8 = new TextEncoder();

/**
 * A read whose answer is a function of its key and a data version read just before. The ETag comes
 * from the two, so a client holding it gets 304 with nothing built; otherwise the answer is
 * served from the per-process cache as UTF-8 JSON, or built, kept and served.
 */
export async function versionedJson<T>(
  c: Context<AppEnv>,
  tagPrefix: string,
  key: string,
  version: string,
  cache: VersionedCache<Uint8Array<ArrayBuffer>>,
  build: () => Promise<T>,
) {
  const tag = `W/"${tagPrefix}-${createHash("sha1").update(`${key}|${version}`).digest("base64url")}"`;
  c.header("ETag", tag);
  c.header("Cache-Control", "no-cache");
  if (ifNoneMatchHits(c.req.header("if-none-match"), tag)) return c.body(null, 304);
  // Kept encoded: the server writes the bytes as they are, where a string would be measured and encoded
  // again on every hit (a claim page is 30 KB). TextEncoder gives each its own exact-size buffer, where
  // Buffer.from would pin an 8 KB pool slab per small answer.
  let body = cache.get(key, version);
  if (body === undefined) {
    body = utf8.encode(JSON.stringify(await build()));
    cache.set(key, version, body);
  }
  offerToCache(c, body);
  return jsonText<T>(c, body);
}
