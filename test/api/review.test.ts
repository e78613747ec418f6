import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { LeaderboardSchema } from "../../contracts/benchmarks.js";
import { ErrorSchema } from "../../contracts/common.js";
import {
  ClaimDetailSchema,
  FlagCountsSchema,
  FlagListSchema,
  FlagSchema,
  MergeResultSchema,
} from "../../contracts/flags.js";
import { auditLog, claims, subjects } from "../../db/schema/index.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, getJson } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();
let reviewer: string;
let viewer: string;

beforeAll(async () => {
  reviewer = await fixture.token("reviewer", "Ada");
  viewer = await fixture.token("viewer", "Vic");
  await ingestSources(
    fixture.db,
    [
      {
        file: "review.jsonl",
        problems: [],
        papers: [
          paper("Paper One", "Alpha reaches fid 2.5 on ImageNet. Beta reaches fid 3.0 on ImageNet.", {
            date: "2023-01-01",
          }),
          paper("Paper Two", "Alpha reaches fid 2.9 on ImageNet. AlphaNet reaches fid 2.7 on ImageNet.", {
            date: "2024-01-01",
          }),
        ],
      },
    ],
    fakeExtractor(),
    { files: ["review.jsonl"] },
  );
});

const post = (path: string, body: unknown, token?: string) =>
  fixture.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

async function claimId(subject: string, value: number): Promise<number> {
  const rows = await fixture.db
    .select({ id: claims.id })
    .from(claims)
    .where(sql`${claims.subjectText} = ${subject} and ${claims.value} = ${value}`);
  return rows[0]!.id;
}

describe("conflict flags and the review queue", () => {
  it("raises a CONFLICT for Alpha's two FIDs and none for keys reported once", async () => {
    const list = await getJson(fixture.app, "/api/flags?status=open&code=CONFLICT", 200, FlagListSchema);
    expect(list.items).toHaveLength(1);
    const flag = list.items[0]!;
    expect(flag).toMatchObject({ code: "CONFLICT", severity: "high", status: "open", benchmarkId: "imagenet--fid" });
    expect(flag.claims.map((c) => c.value).sort()).toEqual([2.5, 2.9]);
    expect(flag.explanation).toContain("Alpha on ImageNet, fid");
    const counts = await getJson(fixture.app, "/api/flags/counts", 200, FlagCountsSchema);
    expect(counts.byCode.CONFLICT).toBe(1);
  });

  it("shows flag badges on leaderboard rows", async () => {
    const lb = await getJson(fixture.app, "/api/benchmarks/imagenet--fid/leaderboard", 200, LeaderboardSchema);
    const alpha = lb.entries.find((e) => e.subject === "Alpha")!;
    expect(alpha.flags.map((f) => f.code)).toEqual(["CONFLICT"]);
    expect(lb.entries.find((e) => e.subject === "Beta")!.flags).toEqual([]);
  });
});

describe("writes need a reviewer token, checked before anything else", () => {
  it.each([
    ["no token", undefined, 401, "UNAUTHORIZED"],
    ["an unknown token", "cb_nope", 401, "UNAUTHORIZED"],
    ["a viewer token", "VIEWER", 403, "FORBIDDEN"],
  ])("%s gets %s and changes nothing", async (_name, token, status, code) => {
    const id = await claimId("Alpha", 2.5);
    const t = token === "VIEWER" ? viewer : token;
    for (const [path, body] of [
      [`/api/claims/${id}/corrections`, { value: 1 }],
      [`/api/claims/${id}/review`, { action: "reject" }],
      ["/api/flags/1/resolve", { status: "dismissed" }],
      ["/api/entities/merge", { type: "subject", from: 1, into: 2 }],
      // Garbage body: the token is refused before the body is looked at.
      [`/api/claims/${id}/corrections`, "not json at all"],
    ] as const) {
      const res = await post(path, body, t);
      expect(res.status).toBe(status);
      expect(ErrorSchema.parse(await res.json()).error.code).toBe(code);
    }
    const [row] = await fixture.db.select().from(claims).where(eq(claims.id, id));
    expect(row).toMatchObject({ value: 2.5, reviewStatus: null });
    expect(await fixture.db.select().from(auditLog)).toEqual([]);
  });

  it("rejects an invalid correction in the error shape", async () => {
    const id = await claimId("Alpha", 2.5);
    const res = await post(`/api/claims/${id}/corrections`, {}, reviewer);
    expect(res.status).toBe(400);
    expect(ErrorSchema.parse(await res.json()).error.message).toMatch(/at least one of/);
    const unknown = await post(`/api/claims/${id}/corrections`, { metric: "vibes" }, reviewer);
    expect(unknown.status).toBe(422);
    expect(ErrorSchema.parse(await unknown.json()).error.code).toBe("UNKNOWN_METRIC");
  });
});

describe("corrections", () => {
  it("change the leaderboard, keep the original, write an audit row and settle the conflict", async () => {
    const id = await claimId("Alpha", 2.9);
    const res = await post(
      `/api/claims/${id}/corrections`,
      { value: 2.5, note: "typo in the abstract, table says 2.5" },
      reviewer,
    );
    expect(res.status).toBe(200);
    const detail = ClaimDetailSchema.parse(await res.json());
    expect(detail).toMatchObject({
      value: 2.5,
      reviewStatus: "corrected",
      original: { value: 2.9, metric: "fid", subject: "Alpha" },
    });
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({
      action: "claim.correct",
      before: { value: 2.9 },
      after: { value: 2.5 },
      note: "typo in the abstract, table says 2.5",
    });
    expect(detail.history[0]!.actor).toContain("Ada");

    const open = await getJson(fixture.app, "/api/flags?status=open&code=CONFLICT", 200, FlagListSchema);
    expect(open.items).toEqual([]);
  });

  it("a correction of the best value moves the leaderboard and shows both numbers", async () => {
    const id = await claimId("Beta", 3.0);
    await post(`/api/claims/${id}/corrections`, { value: 2.0 }, reviewer);
    const lb = await getJson(fixture.app, "/api/benchmarks/imagenet--fid/leaderboard", 200, LeaderboardSchema);
    expect(lb.entries[0]).toMatchObject({ subject: "Beta", value: 2.0, originalValue: 3.0, reviewStatus: "corrected" });
  });

  it("rejecting a claim as not-a-claim removes it from the leaderboard", async () => {
    const id = await claimId("AlphaNet", 2.7);
    const res = await post(`/api/claims/${id}/review`, { action: "reject", note: "not a result" }, reviewer);
    expect(res.status).toBe(200);
    const lb = await getJson(fixture.app, "/api/benchmarks/imagenet--fid/leaderboard", 200, LeaderboardSchema);
    expect(lb.entries.map((e) => e.subject)).not.toContain("AlphaNet");
  });

  it("merging two subjects makes one an alias of the other", async () => {
    const rows = await fixture.db.select().from(subjects);
    const alpha = rows.find((s) => s.name === "Alpha")!;
    const alphaNet = rows.find((s) => s.name === "AlphaNet")!;
    const res = await post(
      "/api/entities/merge",
      { type: "subject", from: alphaNet.id, into: alpha.id, note: "same model" },
      reviewer,
    );
    expect(res.status).toBe(200);
    expect(MergeResultSchema.parse(await res.json())).toMatchObject({
      into: alpha.id,
      claimsMoved: 1,
      aliasesMoved: 1,
    });
    const claimsOfAlpha = await fixture.db.select().from(claims).where(eq(claims.subjectId, alpha.id));
    expect(claimsOfAlpha).toHaveLength(3);
  });

  it("resolving a flag records who and why", async () => {
    const id = await claimId("Alpha", 2.5);
    await post(`/api/claims/${id}/corrections`, { value: 2.6 }, reviewer);
    const [flag] = (await getJson(fixture.app, "/api/flags?status=open&code=CONFLICT", 200, FlagListSchema)).items;
    expect(flag).toBeDefined();
    const res = await post(
      `/api/flags/${flag!.id}/resolve`,
      { status: "dismissed", note: "different eval protocol" },
      reviewer,
    );
    const after = FlagSchema.parse(await res.json());
    expect(after).toMatchObject({ status: "dismissed", resolutionNote: "different eval protocol" });
    expect(after.resolvedBy).toContain("Ada");
  });

  it("the audit log cannot be edited or deleted", async () => {
    // drizzle wraps the database's error: the reason is in its cause.
    const reason = (p: Promise<unknown>) =>
      p.then(
        () => "no error",
        (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message),
      );
    expect(await reason(fixture.db.execute(sql`update audit_log set note = 'x'`))).toMatch(/append-only/);
    expect(await reason(fixture.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
  });
});
