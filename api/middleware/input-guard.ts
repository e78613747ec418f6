import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";
import { errorResponse } from "../errors.js";

/**
 * PostgreSQL text cannot hold NUL characters, and lone UTF-16 surrogates have no UTF-8 form: refuse
 * them at the door with a clear message instead of letting them fail deep inside a query.
 */
export const inputGuard = createMiddleware<AppEnv>(async (c, next) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(c.req.url.replace(/\+/g, " "));
  } catch {
    return errorResponse(c, "MALFORMED_URL", "the URL has a broken %-escape");
  }
  if (decoded.includes("\u0000") || !decoded.isWellFormed()) {
    return errorResponse(c, "INVALID_INPUT", "text must not contain NUL characters or unpaired surrogates");
  }
  await next();
});
