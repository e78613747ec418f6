import { beforeAll, describe, expect, it } from "vitest";
import { ErrorSchema } from "../../contracts/common.js";
import { PaperListSchema } from "../../contracts/papers.js";
import { ingestSources } from "../../domain/ingest.js";
import { createToken } from "../../domain/tokens.js";
import { appFor, databaseForFile } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();
beforeAll(async () => {
  await ingestSources(
    fixture.db,
    [{ file: "h.jsonl", papers: [paper("Hardening Paper", "Alpha reaches fid 2.5 on ImageNet.")] }],
    fakeExtractor(),
    { files: ["h.jsonl"] },
  );
});

describe("HTTP hardening", () => {
  it("answers reads with an ETag and 304 when the client has them", async () => {
    const app = appFor(fixture.handle);
    const first = await app.request("/api/papers");
    const tag = first.headers.get("etag");
    expect(tag).toBeTruthy();
    const again = await app.request("/api/papers", { headers: { "if-none-match": tag! } });
    expect(again.status).toBe(304);
  });

  it("puts a request id on every answer and inside errors", async () => {
    const app = appFor(fixture.handle);
    const res = await app.request("/api/papers/999999");
    const id = res.headers.get("x-request-id");
    expect(id).toBeTruthy();
    expect(ErrorSchema.parse(await res.json()).error.requestId).toBe(id);
  });

  it("sets security headers", async () => {
    const res = await appFor(fixture.handle).request("/api/health");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("allows only configured CORS origins", async () => {
    const app = appFor(fixture.handle, { corsOrigins: ["https://wiki.example.org"] });
    const ok = await app.request("/api/papers", { headers: { origin: "https://wiki.example.org" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://wiki.example.org");
    const other = await app.request("/api/papers", { headers: { origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const closed = await appFor(fixture.handle).request("/api/papers", {
      headers: { origin: "https://wiki.example.org" },
    });
    expect(closed.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("can require a token for reads, keeping health open", async () => {
    const app = appFor(fixture.handle, { readsRequireToken: true });
    expect((await app.request("/api/health")).status).toBe(200);
    const denied = await app.request("/api/papers");
    expect(denied.status).toBe(401);
    expect(ErrorSchema.parse(await denied.json()).error.code).toBe("UNAUTHORIZED");
    const { token } = await createToken(fixture.db, "viewer", "reader");
    const allowed = await app.request("/api/papers", { headers: { authorization: `Bearer ${token}` } });
    expect(allowed.status).toBe(200);
    PaperListSchema.parse(await allowed.json());
  });

  it("rate-limits writes per token, counted in the database", async () => {
    const app = appFor(fixture.handle, { writesPerMinute: 2 });
    const { token } = await createToken(fixture.db, "reviewer", "busy");
    const send = () =>
      app.request("/api/flags/999999/resolve", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ status: "dismissed" }),
      });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send()).status);
    // Two get through (to a 404: no such flag), the third is refused; unless the minute just turned over.
    if (statuses[2] !== 404) {
      expect(statuses).toEqual([404, 404, 429]);
      const res = await send();
      expect(res.headers.get("retry-after")).toBeTruthy();
      expect(ErrorSchema.parse(await res.json()).error.code).toBe("RATE_LIMITED");
    }
  });

  it("refuses a review body over 64 KB with 413 before reading it", async () => {
    const app = appFor(fixture.handle);
    const { token } = await createToken(fixture.db, "reviewer", "big");
    const res = await app.request("/api/flags/1/resolve", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ status: "dismissed", note: "x".repeat(100_000) }),
    });
    expect(res.status).toBe(413);
    expect(ErrorSchema.parse(await res.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
    const res = await appFor(fixture.handle).request("/api/openapi.json");
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/papers",
        "/papers/{id}",
        "/claims",
        "/benchmarks/{id}/leaderboard",
        "/flags/{id}/resolve",
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["Claim", "Leaderboard", "Error"]));
  });
});

describe("API docs page", () => {
  it("lists every route from the OpenAPI document, escaped and script-free", async () => {
    const res = await appFor(fixture.handle).request("/api/docs");
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain("/api/benchmarks/{id}/leaderboard");
    expect(page).toContain("/api/claims/{id}/corrections");
    expect(page).not.toContain("<script");
  });
});
