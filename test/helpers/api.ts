import { afterAll, beforeAll, expect } from "vitest";
import type { z } from "zod";
import { type AppDeps, createApp } from "../../api/app.js";
import { ErrorSchema } from "../../contracts/common.js";
import type { DatabaseHandle } from "../../db/client.js";
import type { Role } from "../../db/schema/index.js";
import { createToken } from "../../domain/tokens.js";
import { createTestDatabase } from "./db.js";

/** The app over a test database, with the default configuration unless `config` changes some of it. */
export function appFor(h: DatabaseHandle, config?: AppDeps["config"]) {
  return createApp({ db: h.db, dbKind: h.kind, config });
}

type TestApp = ReturnType<typeof appFor>;

export interface FileDatabase {
  /** The file's own database: fresh, migrated and metric-seeded (see createTestDatabase). */
  readonly handle: DatabaseHandle;
  readonly db: DatabaseHandle["db"];
  /** The app over it with the default configuration. */
  readonly app: TestApp;
  /** A new API token of `role` named `name`, as its secret. */
  token(role: Role, name: string): Promise<string>;
}

/**
 * A test database and the app over it for one test file: created before its tests (so a beforeAll the
 * file registers after this call can seed it with the file's own rows), closed after them.
 */
export function databaseForFile(): FileDatabase {
  const held: { handle?: DatabaseHandle; app?: TestApp } = {};
  beforeAll(async () => {
    held.handle = await createTestDatabase();
    held.app = appFor(held.handle);
  });
  afterAll(async () => {
    await held.handle?.close();
  });
  const file: FileDatabase = {
    get handle() {
      return opened(held.handle);
    },
    get db() {
      return opened(held.handle).db;
    },
    get app() {
      return opened(held.app);
    },
    token: async (role, name) => (await createToken(file.db, role, name)).token,
  };
  return file;
}

function opened<T>(value: T | undefined): T {
  if (value === undefined)
    throw new Error("the test database is not open yet: use it inside a test or a beforeAll hook");
  return value;
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
