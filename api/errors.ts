import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError } from "../domain/errors.js";
import { ERROR_CODES, type ErrorCode } from "./error-codes.js";
import { jsonLogger, type Logger } from "./log.js";
import type { ErrorBody } from "../contracts/common.js";

/** A failure raised in the api layer itself (uploads, transport): a code from the table, never a bare status. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The one error body: `{ error: { code, message, requestId } }`. */
function errorBody(code: ErrorCode, message: string, requestId?: string): ErrorBody {
  return { error: requestId ? { code, message, requestId } : { code, message } };
}

/** Answers the code's status from the table, with the request's id. */
export function errorResponse(c: Context, code: ErrorCode, message: string) {
  return sendError(c, ERROR_CODES[code].status, code, message);
}

function sendError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) {
  return c.json(errorBody(code, message, c.get("requestId") as string | undefined), status);
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
  503: "SERVICE_UNAVAILABLE",
};

export function onError(err: Error, c: Context, log?: Logger) {
  if (err instanceof DomainError || err instanceof ApiError) return errorResponse(c, err.code, err.message);
  if (err instanceof HTTPException) {
    return sendError(c, err.status, STATUS_CODES[err.status] ?? "HTTP_ERROR", err.message || "request failed");
  }
  const code = pgCode(err);
  // Class 22 is "data exception": a value the database cannot take (NUL in text, out-of-range number).
  if (code?.startsWith("22")) {
    return errorResponse(
      c,
      "INVALID_INPUT",
      "a value in the request is not acceptable to the database (text with NUL characters or a number out of range)",
    );
  }
  // Deadlock or serialization failure: the transaction rolled back whole, and the same request may succeed.
  if (code === "40P01" || code === "40001") {
    c.header("Retry-After", "1");
    return errorResponse(
      c,
      "TRY_AGAIN",
      "the database stopped this write to resolve a conflict with another one; nothing was stored, send it again",
    );
  }
  // A hot standby refuses every write: the server was pointed at a replica (or its primary was demoted).
  if (code === "25006") {
    return errorResponse(
      c,
      "READ_ONLY_DATABASE",
      "this server's database is a read-only replica and cannot store writes; send them to a server whose DATABASE_URL is the primary",
    );
  }
  if (isConnectionError(err)) {
    c.header("Retry-After", "5");
    return errorResponse(c, "DATABASE_UNAVAILABLE", "the database is not reachable right now; try again shortly");
  }
  (log ?? jsonLogger("error", (l) => process.stderr.write(`${l}\n`)))("error", "unhandled error", {
    requestId: c.get("requestId"),
    path: c.req.path,
    error: err.stack ?? String(err),
  });
  return errorResponse(c, "INTERNAL_ERROR", "something went wrong on the server; it has been logged");
}

/** The SQLSTATE of a database error, looking through drizzle's wrapping. */
function pgCode(err: unknown, depth = 0): string | null {
  if (!(err instanceof Error) || depth > 3) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  return pgCode(err.cause, depth + 1);
}

const CONNECTION_MESSAGES =
  /connection (terminated|refused|closed|ended)|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down)|terminating connection/i;

/** postgres.js errors arrive wrapped by drizzle ("Failed query: ..."): look at the cause chain too. */
function isConnectionError(err: unknown, depth = 0): boolean {
  if (!(err instanceof Error) || depth > 3) return false;
  if (isConnectionCode(err) || CONNECTION_MESSAGES.test(err.message)) return true;
  return isConnectionError(err.cause, depth + 1);
}

function isConnectionCode(err: Error): boolean {
  const code = (err as { code?: unknown }).code;
  return (
    code === "ECONNREFUSED" ||
    code === "ECONNRESET" ||
    code === "CONNECTION_CLOSED" ||
    code === "CONNECTION_ENDED" ||
    code === "CONNECT_TIMEOUT" ||
    code === "57P01" || // admin_shutdown: the server is going down
    code === "57P03" // cannot_connect_now: starting up
  );
}
