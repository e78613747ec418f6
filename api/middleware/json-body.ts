import { bodyLimit } from "hono/body-limit";
import { every } from "hono/combine";
import { createMiddleware } from "hono/factory";
import { whyUnstorable } from "../../domain/storable-text.js";
import type { AppEnv } from "../context.js";
import { errorResponse } from "../errors.js";

const MAX_JSON_BODY = 64 * 1024;

/** The first string (key or value) text cannot hold, as a JSON pointer and the reason; null when all can be stored. */
function unstorableIn(value: unknown, pointer = ""): string | null {
  if (typeof value === "string") {
    const why = whyUnstorable(value);
    return why && `${pointer || "/"}: the text ${why}`;
  }
  if (value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    const here = `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const keyWhy = whyUnstorable(key);
    if (keyWhy) return `${here}: the key ${keyWhy}`;
    const found = unstorableIn(inner, here);
    if (found) return found;
  }
  return null;
}

/**
 * A JSON request body must be UTF-8 and hold only storable text. Without this check a body's invalid bytes
 * (decoded as U+FFFD) or a lone "\ud800" escape (written to the database as U+FFFD) would change what the
 * reviewer sent without a word. Malformed JSON is left to the route's validator, which names it.
 */
const storableJson = createMiddleware<AppEnv>(async (c, next) => {
  // The body is read once: Hono keeps it for the validator that parses it next.
  const bytes = await c.req.arrayBuffer();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return errorResponse(c, "INVALID_INPUT", "the request body is not UTF-8 text");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return next();
  }
  const why = unstorableIn(parsed);
  if (why) return errorResponse(c, "INVALID_INPUT", `the request body cannot be stored: at ${why}`);
  return next();
});

/** Every JSON-body route: refused over 64 KB before it is read, then checked for text the database cannot hold. */
export const jsonBody = every(
  bodyLimit({
    maxSize: MAX_JSON_BODY,
    onError: (c) => errorResponse(c, "PAYLOAD_TOO_LARGE", "request body is over 64 KB"),
  }),
  storableJson,
);
