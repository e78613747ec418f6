import { createMiddleware } from "hono/factory";
import type { Role } from "../db/schema/index.js";
import { authenticate, roleAtLeast } from "../domain/tokens.js";
import type { AppEnv } from "./context.js";
import { errorResponse } from "./errors.js";

/**
 * Requires a bearer token of at least `role`. It runs before the route reads its body or params,
 * so an unauthenticated request is refused without anything else being looked at.
 */
export function requireRole(role: Role) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      return errorResponse(
        c,
        "UNAUTHORIZED",
        "this action needs an API token: send Authorization: Bearer <token> (create one with npm run -s token -- create --role reviewer)",
      );
    }
    // On the primary even for reads: a replica refuses the last-used write, and a revocation counts at once.
    const principal = await authenticate(c.var.primaryDb, match[1]!);
    if (!principal) return errorResponse(c, "UNAUTHORIZED", "the API token is unknown or revoked");
    if (!roleAtLeast(principal.role, role)) {
      return errorResponse(c, "FORBIDDEN", `this action needs the ${role} role; the token has ${principal.role}`);
    }
    c.set("principal", principal);
    await next();
  });
}
