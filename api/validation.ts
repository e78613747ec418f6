import type { Hook } from "@hono/zod-openapi";
import { describeIssues, errorBody } from "./errors.js";

/** Invalid input answers 400 in the one error shape, naming the fields. */
export const validationHook: Hook<unknown, any, string, unknown> = (result, c) => {
  if (!result.success) {
    return c.json(errorBody("VALIDATION_FAILED", describeIssues(result.error.issues)), 400);
  }
  return undefined;
};
