import { ErrorSchema } from "../contracts/common.js";

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;
interface ErrorResponse {
  content: { "application/json": { schema: typeof ErrorSchema } };
  description: string;
}

/**
 * A route's error responses for the OpenAPI document, all in the one error shape: what each status means on
 * that route. The keys stay literal so the route's handler is typed to answer exactly these statuses.
 */
export function errorResponses<const M extends Partial<Record<ErrorStatus, string>>>(
  descriptions: M,
): { [K in keyof M]: ErrorResponse } {
  const out: Record<string, ErrorResponse> = {};
  for (const [status, description] of Object.entries(descriptions)) {
    out[status] = { content: { "application/json": { schema: ErrorSchema } }, description: description as string };
  }
  return out as { [K in keyof M]: ErrorResponse };
}
