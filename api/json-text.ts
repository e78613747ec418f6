import type { Context, TypedResponse } from "hono";

/**
 * A 200 JSON answer from JSON already serialized from a `T` (a cached page, as text or bytes), typed as `c.json(value)`
 * would be so the typed client still sees `T`: serializing it again would cost what the cache saves.
 */
export function jsonText<T>(
  c: Context,
  json: string | Uint8Array<ArrayBuffer>,
): Response & TypedResponse<T, 200, "json"> {
  return c.body(json, 200, { "Content-Type": "application/json" }) as unknown as Response &
    TypedResponse<T, 200, "json">;
}
