import type { Context, TypedResponse } from "hono";

/**
 * A 200 JSON answer from text already serialized from a `T` (a cached page), typed as `c.json(value)`
 * would be so the typed client still sees `T`: serializing it again would cost what the cache saves.
 */
export function jsonText<T>(c: Context, text: string): Response & TypedResponse<T, 200, "json"> {
  return c.body(text, 200, { "Content-Type": "application/json" }) as unknown as Response & TypedResponse<T, 200, "json">;
}
