import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ErrorSchema } from "../../contracts/common.js";
import { auditLog, claims } from "../../db/schema/index.js";
import { ingestSources } from "../../domain/ingest.js";
import { appFor, databaseForFile } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

// A JSON body is what a reviewer typed: text the database cannot hold is refused with where it is, never
// changed to U+FFFD on the way in (issue 15, finding 10).
const fixture = databaseForFile();
let token: string;
let claimId: number;
beforeAll(async () => {
  await ingestSources(
    fixture.db,
    [{ file: "jb.jsonl", papers: [paper("JSON Body Paper", "Alpha reaches fid 2.5 on ImageNet.")] }],
    fakeExtractor(),
    { files: ["jb.jsonl"] },
  );
  claimId = (await fixture.db.select({ id: claims.id }).from(claims))[0]!.id;
  token = await fixture.token("reviewer", "json-body");
});

function post(path: string, body: BodyInit) {
  const app = appFor(fixture.handle, { writesPerMinute: 0 });
  return app.request(path, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  });
}

async function refusal(res: Response) {
  expect(res.status).toBe(400);
  const { error } = ErrorSchema.parse(await res.json());
  expect(error.code).toBe("INVALID_INPUT");
  expect(error.requestId).toBeTruthy();
  return error.message;
}

const auditRows = async () => (await fixture.db.select({ id: auditLog.id }).from(auditLog)).length;

describe("JSON request bodies", () => {
  it("refuses a lone surrogate escape with its pointer, and stores nothing", async () => {
    const before = await auditRows();
    const res = await post(`/api/claims/${claimId}/review`, '{"action":"accept","note":"ok \\ud800 then"}');
    expect(await refusal(res)).toMatch(/at \/note: the text contains an unpaired UTF-16 surrogate/);
    const [row] = await fixture.db.select({ status: claims.reviewStatus }).from(claims).where(eq(claims.id, claimId));
    expect(row!.status).not.toBe("accepted");
    expect(await auditRows()).toBe(before);
  });

  it("refuses a NUL escape and names it", async () => {
    const res = await post(`/api/claims/${claimId}/review`, '{"action":"accept","note":"a\\u0000b"}');
    expect(await refusal(res)).toMatch(/at \/note: the text contains a NUL character/);
  });

  it("refuses bytes that are not UTF-8 (a CESU-8 surrogate) instead of reading them as U+FFFD", async () => {
    const head = new TextEncoder().encode('{"action":"accept","note":"x');
    const tail = new TextEncoder().encode('"}');
    const res = await post(`/api/claims/${claimId}/review`, new Uint8Array([...head, 0xed, 0xa0, 0x80, ...tail]));
    expect(await refusal(res)).toMatch(/not UTF-8/);
  });

  it("checks keys and every JSON-body route, not only review notes", async () => {
    expect(await refusal(await post("/api/flags/1/resolve", '{"status":"dismissed","\\udc00":1}'))).toMatch(
      /the key contains an unpaired/,
    );
    for (const path of [
      "/api/entities/merge",
      "/api/entities/split",
      "/api/entities/undo",
      "/api/embed-pins",
      "/api/embed-links",
    ]) {
      expect(await refusal(await post(path, '{"x":["fine","bad \\ud83d"]}')), path).toMatch(/at \/x\/1: /);
    }
  });

  it("still takes a well-formed note with astral characters and answers malformed JSON as before", async () => {
    const ok = await post(`/api/claims/${claimId}/review`, JSON.stringify({ action: "accept", note: "checked 🙂 ✓" }));
    expect(ok.status).toBe(200);
    const bad = await post(`/api/claims/${claimId}/review`, '{"action":');
    expect(bad.status).toBe(400);
    expect(ErrorSchema.parse(await bad.json()).error.code).not.toBe("INVALID_INPUT");
  });
});
