import { createHash } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";
import { ifNoneMatchHits } from "../etag-match.js";

/**
 * ETag on JSON reads, with 304 for a matching If-None-Match. Unlike a middleware that clones the
 * response and hashes its stream, this reads the body once as text and answers with a string body,
 * which the Node adapter writes in one go instead of piping a stream: most of a list request's cost.
 * A route that set its own ETag (leaderboards, streamed exports) is left alone, and so is one marked
 * `no-store` (health), which no client may keep and so never revalidates.
 */
export const jsonEtag = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.res.status !== 200) return;
  if (c.res.headers.has("etag") || !c.res.headers.get("content-type")?.startsWith("application/json")) return;
  if (c.res.headers.get("cache-control")?.includes("no-store")) return;
  const body = await c.res.text();
  const tag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = new Headers(c.res.headers);
  headers.set("ETag", tag);
  if (ifNoneMatchHits(c.req.header("if-none-match"), tag)) {
    c.res = new Response(null, {
      status: 304,
      headers: { ETag: tag, "Cache-Control": headers.get("cache-control") ?? "no-cache" },
    });
    return;
  }
  c.res = new Response(body, { status: 200, headers });
});
