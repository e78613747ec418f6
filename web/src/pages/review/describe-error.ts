import { isApiError } from "../../api/client";

/** Turns a failed write into words: a refused token says what to do about it. */
export function describeError(err: unknown): string {
  if (isApiError(err)) {
    if (err.status === 401)
      return `The server did not accept the reviewer token: ${err.message}. Paste a valid reviewer token above.`;
    if (err.status === 403) return `This token may not review: ${err.message}.`;
    if (err.status === 429) return `Too many writes in a short time: ${err.message}. Wait a moment and try again.`;
    return `${err.message} (${err.code})`;
  }
  return err instanceof Error ? err.message : String(err);
}
