import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../api/error-codes.js";
import { ApiError, onError } from "../../api/errors.js";
import { DomainError } from "../../domain/errors.js";
import { Hono } from "hono";
import { requestId } from "hono/request-id";

/** The rows of the README's "Error codes" table: code, status, meaning. */
function readmeCodes(): [string, number, string][] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf("### Error codes");
  expect(start, "README has an Error codes section").toBeGreaterThan(0);
  const section = readme.slice(start, readme.indexOf("\n## ", start));
  // Biome pads the columns to one width.
  return [...section.matchAll(/^\| `([A-Z_]+)` +\| (\d{3}) +\| (.+?) +\|$/gm)].map((m) => [m[1]!, Number(m[2]), m[3]!]);
}

describe("the error-code table", () => {
  it("is the README's table, row for row", () => {
    const table = Object.entries(ERROR_CODES).map(([code, e]) => [code, e.status, e.meaning]);
    expect(readmeCodes()).toEqual(table);
  });

  it("sets the status of domain and api errors, with the request's id", async () => {
    const app = new Hono().use(requestId());
    app.get("/domain", () => {
      throw new DomainError("NAME_TAKEN", "taken");
    });
    app.get("/api", () => {
      throw new ApiError("EMPTY_BODY", "empty");
    });
    app.onError((err, c) => onError(err, c));
    for (const [path, code] of [
      ["/domain", "NAME_TAKEN"],
      ["/api", "EMPTY_BODY"],
    ] as const) {
      const res = await app.request(path);
      expect(res.status).toBe(ERROR_CODES[code].status);
      const body = (await res.json()) as { error: { code: string; requestId?: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.requestId).toBeTruthy();
    }
  });
});
