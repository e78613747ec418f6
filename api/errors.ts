import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError } from "../domain/errors.js";
import type { ErrorBody } from "./schemas/common.js";

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string) {
  return c.json(errorBody(code, message), status);
}

/** zod issues in words a person can act on: "limit: Too big: expected number to be <=200". */
export function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message))
    .join("; ");
}

const STATUS_CODES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
  503: "SERVICE_UNAVAILABLE",
};

export function onError(err: Error, c: Context) {
  if (err instanceof DomainError) return errorResponse(c, err.status, err.code, err.message);
  if (err instanceof HTTPException) {
    return errorResponse(c, err.status, STATUS_CODES[err.status] ?? "HTTP_ERROR", err.message || "request failed");
  }
  if (isConnectionError(err)) {
    return errorResponse(c, 503, "DATABASE_UNAVAILABLE", "the database is not reachable right now; try again shortly");
  }
  console.error(JSON.stringify({ level: "error", msg: "unhandled error", path: c.req.path, error: err.stack ?? String(err) }));
  return errorResponse(c, 500, "INTERNAL_ERROR", "something went wrong on the server; it has been logged");
}

function isConnectionError(err: Error): boolean {
  const code = (err as { code?: unknown }).code;
  return (
    code === "ECONNREFUSED" ||
    code === "ECONNRESET" ||
    code === "CONNECTION_CLOSED" ||
    code === "CONNECTION_ENDED" ||
    code === "CONNECT_TIMEOUT" ||
    code === "57P01" // admin_shutdown: the server is going down
  );
}
