import { expect } from "vitest";
import type { z } from "zod";
import { createApp } from "../../api/app.js";
import { ErrorSchema } from "../../contracts/common.js";
import type { DatabaseHandle } from "../../db/client.js";

export function appFor(h: DatabaseHandle) {
  return createApp({ db: h.db, dbKind: h.kind });
}

/** GETs through the app (no network), checks the status, validates the body with the route's own schema. */
export async function getJson<S extends z.ZodTypeAny>(
  app: ReturnType<typeof appFor>,
  path: string,
  status: number,
  schema: S,
): Promise<z.infer<S>> {
  const res = await app.request(path);
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`${path}: body does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

export async function expectError(app: ReturnType<typeof appFor>, path: string, status: number, code: string) {
  const body = await getJson(app, path, status, ErrorSchema);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}
