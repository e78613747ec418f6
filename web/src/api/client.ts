import { hc, type ClientResponse } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";
import type { AppType } from "../../../api/app";
import type { ErrorBody } from "../../../contracts/common";
import { readToken } from "../lib/token";

/**
 * The typed API client: routes, params, queries and bodies all come from the server's own types.
 * The reviewer token, when one is saved, goes with every request (writes need it; a private
 * deployment may want it for reads too).
 */
export const api = hc<AppType>("/api", {
  headers: (): Record<string, string> => {
    const token = readToken();
    return token ? { Authorization: `Bearer ${token}` } : {};
  },
});

/** A failed API call, carrying the API's error code and message (or a network failure in words). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The API's error code, e.g. NOT_FOUND, BAD_REQUEST; NETWORK_ERROR / BAD_RESPONSE client-side. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/** The body type of the successful responses among a route's declared responses. */
export type OkBody<R> =
  R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

function isErrorBody(x: unknown): x is ErrorBody {
  if (typeof x !== "object" || x === null || !("error" in x)) return false;
  const e = (x as { error: unknown }).error;
  return typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string";
}

/**
 * Awaits a typed client call and returns the success body; any non-2xx answer becomes an ApiError
 * with the API's `{error: {code, message}}`, so pages can show the server's own words.
 */
export async function unwrap<R extends ClientResponse<unknown, number, "json">>(
  request: Promise<R>,
): Promise<OkBody<R>> {
  let res: R;
  try {
    res = await request;
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "NETWORK_ERROR", `could not reach the Claimboard server (${(err as Error).message})`);
  }
  const text = await res.text();
  let body: unknown;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!res.ok) {
    if (isErrorBody(body)) throw new ApiError(res.status, body.error.code, body.error.message);
    throw new ApiError(res.status, "HTTP_ERROR", `the server answered ${res.status} ${res.statusText || ""}`.trim());
  }
  if (body === undefined) throw new ApiError(res.status, "BAD_RESPONSE", "the server's answer was not JSON");
  return body as OkBody<R>;
}
