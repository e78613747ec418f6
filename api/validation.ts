import type { Hook } from "@hono/zod-openapi";
import { describeIssues } from "../contracts/describe-issues.js";
import { errorResponse } from "./errors.js";

/** Invalid input answers 400 in the one error shape, naming the fields. */
// biome-ignore lint/suspicious/noExplicitAny: one hook serves every route, whatever its environment type
export const validationHook: Hook<unknown, any, string, unknown> = (result, c) => {
  if (!result.success) {
    return errorResponse(c, "VALIDATION_FAILED", describeIssues(result.error.issues));
  }
  return undefined;
};
