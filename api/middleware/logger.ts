import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context.js";
import type { Logger } from "../log.js";

export function requestLogger(log: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const start = performance.now();
    await next();
    const status = c.res.status;
    log(status >= 500 ? "error" : status >= 400 ? "warn" : "info", "request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      ...(c.var.principal ? { token: c.var.principal.tokenId } : {}),
    });
  });
}
