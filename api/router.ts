import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./context.js";
import { validationHook } from "./validation.js";

/** A router whose invalid input answers 400 VALIDATION_FAILED in the one error shape. */
export function router() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
