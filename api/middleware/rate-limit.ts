import { sql } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import { queryRows } from "../../db/query-rows.js";
import type { AppEnv } from "../context.js";
import { errorResponse } from "../errors.js";

/**
 * At most `config.writesPerMinute` requests per token (or client address without one) per minute, counted in the
 * database so replicas share the count. Runs after authentication, so the key is the token when there is one.
 */
export function rateLimit(bucket: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const perMinute = c.var.config.writesPerMinute;
    if (perMinute <= 0) return next();
    const who = c.var.principal
      ? `token:${c.var.principal.tokenId}`
      : `ip:${c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? "local"}`;
    const key = `${bucket}:${who}`;
    const [row] = await queryRows(
      c.var.db,
      sql`
        insert into rate_limits (key, window_start, count) values (${key}, date_trunc('minute', now()), 1)
        on conflict (key) do update set
          count = case when rate_limits.window_start = date_trunc('minute', now()) then rate_limits.count + 1 else 1 end,
          window_start = date_trunc('minute', now())
        returning count, ceil(extract(epoch from (window_start + interval '1 minute' - now())))::int as reset_in`,
      z.object({ count: z.number(), reset_in: z.number() }),
    );
    const count = row?.count ?? 0;
    c.header("RateLimit-Limit", String(perMinute));
    c.header("RateLimit-Remaining", String(Math.max(0, perMinute - count)));
    if (count > perMinute) {
      c.header("Retry-After", String(Math.max(1, row?.reset_in ?? 60)));
      return errorResponse(
        c,
        "RATE_LIMITED",
        `more than ${perMinute} ${bucket} requests a minute; try again in ${row?.reset_in ?? 60} s`,
      );
    }
    await next();
  });
}
