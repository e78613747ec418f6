import { beforeAll, describe, expect, it } from "vitest";
import type { createApp } from "../../api/app.js";
import { ErrorSchema } from "../../contracts/common.js";
import { appFor, databaseForFile } from "../helpers/api.js";

// Every validation failure answers in the one error shape, requestId included (the README promises it).
const fixture = databaseForFile();
let app: ReturnType<typeof createApp>;
let token: string;
beforeAll(async () => {
  app = appFor(fixture.handle, { writesPerMinute: 0 });
  token = await fixture.token("admin", "walker");
});

interface Param {
  name: string;
  in: string;
  schema?: { type?: string; enum?: unknown[]; minimum?: number; maximum?: number };
}
type Doc = { paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: unknown }>> };

/** A value the parameter's schema refuses, or null when any text would do. */
function invalid(p: Param): string | null {
  const s = p.schema ?? {};
  if (s.enum) return "not-a-choice";
  if (s.type === "integer" || s.type === "number")
    return s.maximum !== undefined ? String(s.maximum + 1) : "not-a-number";
  return null;
}

describe("the error shape on every route's validation failure", () => {
  it("carries code, message and requestId", async () => {
    const doc = (await (await app.request("/api/openapi.json")).json()) as Doc;
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const url = `/api${path.replace(/^\/api/, "")}`.replace(/\{[^}]+\}/g, "1");
        const bad = (op.parameters ?? [])
          .filter((p) => p.in === "query")
          .map((p) => [p.name, invalid(p)] as const)
          .find(([, v]) => v !== null);
        const init: RequestInit = {
          method: method.toUpperCase(),
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        };
        let target: string | null = null;
        if (bad) target = `${url}?${bad[0]}=${encodeURIComponent(bad[1]!)}`;
        else if (op.requestBody && method !== "get" && !path.includes("ingest")) {
          target = url;
          init.body = JSON.stringify({ surely: "not this shape" });
        }
        if (!target) continue;
        const res = await app.request(target, init);
        const text = await res.text();
        expect(res.status, `${method.toUpperCase()} ${target}: ${text}`).toBeGreaterThanOrEqual(400);
        const body = ErrorSchema.parse(JSON.parse(text));
        expect(body.error.code, target).toMatch(/^[A-Z_]+$/);
        expect(body.error.requestId, `${method.toUpperCase()} ${target} has no requestId`).toBeTruthy();
        checked++;
      }
    }
    // The walk reached the routes that take input, not a handful of them.
    expect(checked).toBeGreaterThan(10);
  });
});
