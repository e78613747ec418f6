import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { VersionedCache } from "../domain/versioned-cache.js";
import { jsonText } from "./json-text.js";

/**
 * A read whose answer is a function of its key and a data version read just before. The ETag comes
 * from the two, so a client holding it gets 304 with nothing built or hashed; otherwise the answer is
 * served from the per-process cache as JSON text, or built, kept and served.
 */
export async function versionedJson<T>(c: Context, tagPrefix: string, key: string, version: string, cache: VersionedCache<string>, build: () => Promise<T>) {
  const tag = `W/"${tagPrefix}-${createHash("sha1").update(`${key}|${version}`).digest("base64url")}"`;
  c.header("ETag", tag);
  c.header("Cache-Control", "no-cache");
  if (c.req.header("if-none-match")?.includes(tag.slice(2))) return c.body(null, 304);
  let text = cache.get(key, version);
  if (text === undefined) {
    text = JSON.stringify(await build());
    cache.set(key, version, text);
  }
  return jsonText<T>(c, text);
}
