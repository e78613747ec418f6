import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { ErrorSchema } from "../../contracts/common.js";
import {
  EntityHistorySchema,
  EntityIdentitySchema,
  EntitySearchSchema,
  MergeResultSchema,
  SplitResultSchema,
  UndoResultSchema,
  type EntityType,
} from "../../contracts/entities.js";
import {
  auditLog,
  benchmarks,
  claims,
  datasetAliases,
  datasets,
  metrics,
  subjectAliases,
  subjects,
} from "../../db/schema/index.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, getJson } from "../helpers/api.js";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

const fixture = databaseForFile();
let reviewer: string;
let viewer: string;

beforeAll(async () => {
  reviewer = await fixture.token("reviewer", "Ida");
  viewer = await fixture.token("viewer", "Val");
});

/** Each test ingests its own papers (one sentence each: "<Subject> reaches <metric> <value> on <Dataset>"). */
async function seed(tag: string, sentences: string[]) {
  const file = `${tag}.jsonl`;
  await ingestSources(
    fixture.db,
    [
      {
        file,
        problems: [],
        papers: sentences.map((s, i) =>
          paper(`${tag} paper ${i}`, s, { date: `2023-01-${String(i + 1).padStart(2, "0")}`, file }),
        ),
      },
    ],
    fakeExtractor(),
    { files: [file] },
  );
}

async function postJson<S extends z.ZodTypeAny>(
  path: string,
  body: unknown,
  status: number,
  schema: S,
  token: string | null = reviewer,
): Promise<z.infer<S>> {
  const res = await fixture.app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json: unknown = await res.json();
  expect(res.status, JSON.stringify(json)).toBe(status);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: body does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

const postError = async (
  path: string,
  body: unknown,
  status: number,
  code: string,
  token: string | null = reviewer,
) => {
  const e = await postJson(path, body, status, ErrorSchema, token);
  expect(e.error.code).toBe(code);
  return e.error.message;
};

async function subjectNamed(name: string) {
  const [s] = await fixture.db.select().from(subjects).where(eq(subjects.name, name));
  if (!s) throw new Error(`no subject ${name}`);
  return s;
}
async function datasetNamed(name: string) {
  const [d] = await fixture.db.select().from(datasets).where(eq(datasets.name, name));
  if (!d) throw new Error(`no dataset ${name}`);
  return d;
}
async function metricNamed(name: string) {
  const [m] = await fixture.db.select().from(metrics).where(eq(metrics.name, name));
  if (!m) throw new Error(`no metric ${name}`);
  return m;
}
const claimsWhere = (cond: ReturnType<typeof sql> | ReturnType<typeof eq>) =>
  fixture.db
    .select({
      id: claims.id,
      subjectId: claims.subjectId,
      datasetId: claims.datasetId,
      metricId: claims.metricId,
      benchmarkId: claims.benchmarkId,
      value: claims.value,
    })
    .from(claims)
    .where(cond);
const history = (type: EntityType, id: number) =>
  getJson(fixture.app, `/api/entities/history?type=${type}&id=${id}`, 200, EntityHistorySchema);

it("documents the entity routes in the OpenAPI description", async () => {
  const res = await fixture.app.request("/api/openapi.json");
  expect(res.status).toBe(200);
  const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
  for (const [path, method] of <[string, string][]>[
    ["/entities/merge", "post"],
    ["/entities/split", "post"],
    ["/entities/undo", "post"],
    ["/entities/history", "get"],
    ["/entities/spellings", "get"],
    ["/entities/search", "get"],
  ]) {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  }
});

describe("subjects", () => {
  it("merges two subjects, lists the merge as undoable, and undoes it exactly", async () => {
    await seed("subj-merge", ["Sam reaches fid 2.5 on Sdata.", "Samuel reaches fid 2.7 on Sdata."]);
    const [sam, samuel] = [await subjectNamed("Sam"), await subjectNamed("Samuel")];
    const samuelClaims = await claimsWhere(eq(claims.subjectId, samuel.id));
    expect(samuelClaims).toHaveLength(1);

    // Writes need a reviewer token.
    await postError(
      "/api/entities/merge",
      { type: "subject", from: samuel.id, into: sam.id },
      401,
      "UNAUTHORIZED",
      null,
    );
    await postError(
      "/api/entities/merge",
      { type: "subject", from: samuel.id, into: sam.id },
      403,
      "FORBIDDEN",
      viewer,
    );
    await postError(
      "/api/entities/merge",
      { type: "subject", from: samuel.id, into: samuel.id },
      400,
      "VALIDATION_FAILED",
    );

    const merged = await postJson(
      "/api/entities/merge",
      { type: "subject", from: samuel.id, into: sam.id, note: "same person" },
      200,
      MergeResultSchema,
    );
    expect(merged).toMatchObject({ type: "subject", into: sam.id, claimsMoved: 1, aliasesMoved: 1 });
    expect(await claimsWhere(eq(claims.subjectId, sam.id))).toHaveLength(2);
    expect(await fixture.db.select().from(subjects).where(eq(subjects.id, samuel.id))).toEqual([]);

    const spellings = await getJson(
      fixture.app,
      `/api/entities/spellings?type=subject&id=${sam.id}`,
      200,
      EntityIdentitySchema,
    );
    expect(spellings.spellings.map((s) => [s.spelling, s.claimCount])).toEqual(
      expect.arrayContaining([
        ["Sam", 1],
        ["Samuel", 1],
      ]),
    );

    const h1 = await history("subject", sam.id);
    expect(h1.items[0]).toMatchObject({
      auditId: merged.auditId,
      action: "subject.merge",
      kind: "merge",
      canUndo: true,
      reason: null,
      note: "same person",
    });
    // The merged-away id finds it too.
    expect((await history("subject", samuel.id)).items.map((i) => i.auditId)).toContain(merged.auditId);

    const undone = await postJson("/api/entities/undo", { auditId: merged.auditId }, 200, UndoResultSchema);
    expect(undone).toMatchObject({ undone: merged.auditId, action: "subject.merge", claimsMoved: 1 });
    // The same row, the same id, key and name; its claim and spelling back.
    const [back] = await fixture.db.select().from(subjects).where(eq(subjects.id, samuel.id));
    expect(back).toMatchObject({ id: samuel.id, key: samuel.key, name: "Samuel" });
    expect((await claimsWhere(eq(claims.subjectId, samuel.id))).map((c) => c.id)).toEqual(
      samuelClaims.map((c) => c.id),
    );
    const [alias] = await fixture.db.select().from(subjectAliases).where(eq(subjectAliases.aliasKey, samuel.key));
    expect(alias!.subjectId).toBe(samuel.id);

    const h2 = await history("subject", sam.id);
    expect(h2.items.map((i) => i.action)).toEqual(["subject.merge.undo", "subject.merge"]);
    expect(h2.items[1]).toMatchObject({ undoneBy: undone.auditId, canUndo: false });
    expect(h2.items[0]).toMatchObject({ undoes: merged.auditId, canUndo: false });
    await postError("/api/entities/undo", { auditId: merged.auditId }, 409, "ALREADY_UNDONE");
    await postError("/api/entities/undo", { auditId: undone.auditId }, 422, "NOT_UNDOABLE");
    await postError("/api/entities/undo", { auditId: 999_999 }, 404, "NOT_FOUND");
  });

  it("refuses to undo a merge after a later correction moved one of its claims", async () => {
    await seed("subj-later", ["Tom reaches fid 4.5 on Tdata.", "Thomas reaches fid 4.7 on Tdata."]);
    const [tom, thomas] = [await subjectNamed("Tom"), await subjectNamed("Thomas")];
    const [moved] = await claimsWhere(eq(claims.subjectId, thomas.id));
    const merged = await postJson(
      "/api/entities/merge",
      { type: "subject", from: thomas.id, into: tom.id },
      200,
      MergeResultSchema,
    );
    const res = await fixture.app.request(`/api/claims/${moved!.id}/corrections`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ subject: "Tommy Two" }),
    });
    expect(res.status).toBe(200);
    const message = await postError("/api/entities/undo", { auditId: merged.auditId }, 409, "UNDO_CONFLICT");
    expect(message).toContain(`claim ${moved!.id}`);
    const item = (await history("subject", tom.id)).items.find((i) => i.auditId === merged.auditId);
    expect(item).toMatchObject({ canUndo: false, reason: expect.stringContaining(`claim ${moved!.id}`) });
    // Nothing changed: the merged subject is still gone.
    expect(await fixture.db.select().from(subjects).where(eq(subjects.id, thomas.id))).toEqual([]);
  });

  it("splits a spelling out into a new subject with the claims written that way, and undoes the split", async () => {
    await seed("subj-split", [
      "Una reaches fid 5.1 on Udata.",
      "Unity reaches fid 5.3 on Udata.",
      "Unity reaches fid 5.2 on Vdata.",
    ]);
    const [una, unity] = [await subjectNamed("Una"), await subjectNamed("Unity")];
    await postJson("/api/entities/merge", { type: "subject", from: unity.id, into: una.id }, 200, MergeResultSchema);
    expect(await claimsWhere(eq(claims.subjectId, una.id))).toHaveLength(3);

    await postError(
      "/api/entities/split",
      { type: "subject", id: una.id, spellings: ["no such key"] },
      422,
      "UNKNOWN_SPELLING",
    );
    await postError(
      "/api/entities/split",
      { type: "subject", id: una.id, spellings: [una.key, unity.key] },
      422,
      "NOTHING_LEFT",
    );
    await postError("/api/entities/split", { type: "subject", id: una.id, spellings: [] }, 400, "VALIDATION_FAILED");

    const split = await postJson(
      "/api/entities/split",
      { type: "subject", id: una.id, spellings: [unity.key] },
      200,
      SplitResultSchema,
    );
    expect(split).toMatchObject({
      type: "subject",
      from: una.id,
      created: { name: "Unity" },
      claimsMoved: 2,
      aliasesMoved: 1,
    });
    expect(await claimsWhere(eq(claims.subjectId, split.created.id))).toHaveLength(2);
    expect(await claimsWhere(eq(claims.subjectId, una.id))).toHaveLength(1);
    const [alias] = await fixture.db.select().from(subjectAliases).where(eq(subjectAliases.aliasKey, unity.key));
    expect(alias!.subjectId).toBe(split.created.id);
    expect((await history("subject", split.created.id)).items[0]).toMatchObject({
      action: "subject.split",
      canUndo: true,
    });

    await postJson("/api/entities/undo", { auditId: split.auditId }, 200, UndoResultSchema);
    expect(await claimsWhere(eq(claims.subjectId, una.id))).toHaveLength(3);
    expect(await fixture.db.select().from(subjects).where(eq(subjects.id, split.created.id))).toEqual([]);
  });

  it("splitting out the subject's own spelling renames what stays to another of its spellings", async () => {
    await seed("subj-own", ["Wes reaches fid 6.1 on Wdata.", "Wesley reaches fid 6.3 on Wdata."]);
    const [wes, wesley] = [await subjectNamed("Wes"), await subjectNamed("Wesley")];
    await postJson("/api/entities/merge", { type: "subject", from: wesley.id, into: wes.id }, 200, MergeResultSchema);
    const split = await postJson(
      "/api/entities/split",
      { type: "subject", id: wes.id, spellings: [wes.key] },
      200,
      SplitResultSchema,
    );
    expect(split.created.name).toBe("Wes");
    const [rest] = await fixture.db.select().from(subjects).where(eq(subjects.id, wes.id));
    expect(rest).toMatchObject({ key: wesley.key, name: "Wesley" });
    expect((await claimsWhere(eq(claims.subjectId, split.created.id))).map((c) => c.value)).toEqual([6.1]);
    await postJson("/api/entities/undo", { auditId: split.auditId }, 200, UndoResultSchema);
    const [restored] = await fixture.db.select().from(subjects).where(eq(subjects.id, wes.id));
    expect(restored).toMatchObject({ key: wes.key, name: "Wes" });
  });

  it("finds merge targets by any part of a name", async () => {
    await seed("subj-search", ["Xerxes reaches fid 7.1 on Xdata."]);
    const found = await getJson(fixture.app, "/api/entities/search?type=subject&q=erxe", 200, EntitySearchSchema);
    expect(found.items).toEqual([expect.objectContaining({ name: "Xerxes", claimCount: 1 })]);
  });
});

describe("datasets", () => {
  it("merges a dataset: its benchmarks join the survivor's for the same metric or move over, and undo restores them", async () => {
    await seed("ds-merge", [
      "Dan reaches fid 2.0 on Dalpha.",
      "Dan reaches fid 2.2 on Dbeta.",
      "Dan reaches accuracy 80% on Dbeta.",
    ]);
    const [alpha, beta] = [await datasetNamed("Dalpha"), await datasetNamed("Dbeta")];
    const fid = await metricNamed("fid");
    const acc = await metricNamed("accuracy");
    const bench = async (datasetId: number, metricId: number) =>
      (
        await fixture.db
          .select()
          .from(benchmarks)
          .where(and(eq(benchmarks.datasetId, datasetId), eq(benchmarks.metricId, metricId)))
      )[0];
    const [alphaFid, betaFid, betaAcc] = [
      await bench(alpha.id, fid.id),
      await bench(beta.id, fid.id),
      await bench(beta.id, acc.id),
    ];
    const betaFidClaims = await claimsWhere(eq(claims.benchmarkId, betaFid!.id));

    const merged = await postJson(
      "/api/entities/merge",
      { type: "dataset", from: beta.id, into: alpha.id },
      200,
      MergeResultSchema,
    );
    expect(merged).toMatchObject({ claimsMoved: 2, aliasesMoved: 1 });
    // The FID claim joined Dalpha's FID board; the accuracy board moved over whole.
    expect((await claimsWhere(eq(claims.benchmarkId, alphaFid!.id))).map((c) => c.value).sort()).toEqual([2.0, 2.2]);
    expect(await fixture.db.select().from(benchmarks).where(eq(benchmarks.id, betaFid!.id))).toEqual([]);
    expect((await fixture.db.select().from(benchmarks).where(eq(benchmarks.id, betaAcc!.id)))[0]!.datasetId).toBe(
      alpha.id,
    );
    expect(await claimsWhere(eq(claims.datasetId, alpha.id))).toHaveLength(3);
    expect((await history("dataset", alpha.id)).items[0]).toMatchObject({ action: "dataset.merge", canUndo: true });

    await postJson("/api/entities/undo", { auditId: merged.auditId }, 200, UndoResultSchema);
    expect(await fixture.db.select().from(datasets).where(eq(datasets.id, beta.id))).toEqual([
      expect.objectContaining({ key: beta.key, name: "Dbeta" }),
    ]);
    expect((await fixture.db.select().from(benchmarks).where(eq(benchmarks.id, betaFid!.id)))[0]).toMatchObject({
      datasetId: beta.id,
      metricId: fid.id,
    });
    expect((await claimsWhere(eq(claims.benchmarkId, betaFid!.id))).map((c) => c.id)).toEqual(
      betaFidClaims.map((c) => c.id),
    );
    expect((await fixture.db.select().from(benchmarks).where(eq(benchmarks.id, betaAcc!.id)))[0]!.datasetId).toBe(
      beta.id,
    );
    expect(await claimsWhere(eq(claims.datasetId, beta.id))).toHaveLength(2);
    const [alias] = await fixture.db.select().from(datasetAliases).where(eq(datasetAliases.aliasKey, beta.key));
    expect(alias!.datasetId).toBe(beta.id);
  });

  it("splits a dataset spelling out onto new benchmarks, refuses the undo once a later merge moved them, then undoes in order", async () => {
    await seed("ds-split", ["Eve reaches fid 3.0 on Egamma.", "Eve reaches fid 3.4 on Edelta."]);
    const [gamma, delta] = [await datasetNamed("Egamma"), await datasetNamed("Edelta")];
    await postJson("/api/entities/merge", { type: "dataset", from: delta.id, into: gamma.id }, 200, MergeResultSchema);
    const split = await postJson(
      "/api/entities/split",
      { type: "dataset", id: gamma.id, spellings: [delta.key], name: "Edelta (split)" },
      200,
      SplitResultSchema,
    );
    expect(split).toMatchObject({ created: { name: "Edelta (split)" }, claimsMoved: 1 });
    const moved = await claimsWhere(eq(claims.datasetId, split.created.id));
    expect(moved.map((c) => c.value)).toEqual([3.4]);
    const [newBench] = await fixture.db.select().from(benchmarks).where(eq(benchmarks.id, moved[0]!.benchmarkId!));
    expect(newBench!.datasetId).toBe(split.created.id);

    // A later merge of the new dataset blocks undoing the split until it is undone itself.
    await seed("ds-split-2", ["Eve reaches fid 3.9 on Eomega."]);
    const omega = await datasetNamed("Eomega");
    const later = await postJson(
      "/api/entities/merge",
      { type: "dataset", from: split.created.id, into: omega.id },
      200,
      MergeResultSchema,
    );
    expect(await postError("/api/entities/undo", { auditId: split.auditId }, 409, "UNDO_CONFLICT")).toMatch(
      /changed since|deleted or merged/,
    );
    await postJson("/api/entities/undo", { auditId: later.auditId }, 200, UndoResultSchema);
    await postJson("/api/entities/undo", { auditId: split.auditId }, 200, UndoResultSchema);
    expect((await claimsWhere(eq(claims.datasetId, gamma.id))).map((c) => c.value).sort()).toEqual([3.0, 3.4]);
    expect(await fixture.db.select().from(datasets).where(eq(datasets.id, split.created.id))).toEqual([]);
    expect(await fixture.db.select().from(benchmarks).where(eq(benchmarks.id, newBench!.id))).toEqual([]);
  });
});

describe("metrics", () => {
  it("merges perplexity into fid (both lower-is-better): boards of the same dataset join, others move; undo restores the metric", async () => {
    await seed("m-merge", [
      "Max reaches perplexity 12 on Mdata.",
      "Max reaches fid 3.0 on Mdata.",
      "Moe reaches perplexity 9 on Ndata.",
    ]);
    const [ppl, fid, acc] = [await metricNamed("perplexity"), await metricNamed("fid"), await metricNamed("accuracy")];
    await postError("/api/entities/merge", { type: "metric", from: acc.id, into: fid.id }, 422, "DIRECTION_MISMATCH");
    const pplClaims = await claimsWhere(eq(claims.metricId, ppl.id));
    const before = new Map(pplClaims.map((c) => [c.id, c.benchmarkId]));

    const merged = await postJson(
      "/api/entities/merge",
      { type: "metric", from: ppl.id, into: fid.id },
      200,
      MergeResultSchema,
    );
    expect(merged).toMatchObject({ type: "metric", claimsMoved: 2, aliasesMoved: 0 });
    expect(await fixture.db.select().from(metrics).where(eq(metrics.id, ppl.id))).toEqual([]);
    const mdata = await datasetNamed("Mdata");
    const [mBoard] = await fixture.db
      .select()
      .from(benchmarks)
      .where(and(eq(benchmarks.datasetId, mdata.id), eq(benchmarks.metricId, fid.id)));
    expect((await claimsWhere(eq(claims.benchmarkId, mBoard!.id))).map((c) => c.value).sort((a, b) => a - b)).toEqual([
      3, 12,
    ]);
    // Recorded against a claim it moved (audit_log has no metric target type); the history reads it by metric id.
    const [row] = await fixture.db.select().from(auditLog).where(eq(auditLog.id, merged.auditId));
    expect(row).toMatchObject({
      action: "metric.merge",
      targetType: "claim",
      targetId: Math.min(...pplClaims.map((c) => c.id)),
    });
    expect((await history("metric", fid.id)).items[0]).toMatchObject({ action: "metric.merge", canUndo: true });

    await postJson("/api/entities/undo", { auditId: merged.auditId }, 200, UndoResultSchema);
    expect(await fixture.db.select().from(metrics).where(eq(metrics.id, ppl.id))).toEqual([
      expect.objectContaining({ name: "perplexity", direction: "lower" }),
    ]);
    const after = await claimsWhere(eq(claims.metricId, ppl.id));
    expect(new Map(after.map((c) => [c.id, c.benchmarkId]))).toEqual(before);
  });

  it("splits the claims written with one metric name into a new metric, and refuses the undo after a later correction", async () => {
    await seed("m-split", ["Pia reaches fid 4.0 on Pdata.", "Pia reaches fid 4.4 on Qdata."]);
    const fid = await metricNamed("fid");
    const pdataClaims = await fixture.db
      .select({ id: claims.id })
      .from(claims)
      .innerJoin(datasets, eq(datasets.id, claims.datasetId))
      .where(eq(datasets.name, "Pdata"));
    const written = pdataClaims[0]!.id;
    // The paper wrote the metric differently from the canonical name it was keyed to.
    await fixture.db.execute(
      sql`update claims set original = jsonb_set(original, '{metric}', '"FID-50k"') where id = ${written}`,
    );
    const spellings = await getJson(
      fixture.app,
      `/api/entities/spellings?type=metric&name=fid`,
      200,
      EntityIdentitySchema,
    );
    expect(spellings).toMatchObject({
      id: fid.id,
      spellings: expect.arrayContaining([{ key: "FID-50k", spelling: "FID-50k", claimCount: 1 }]),
    });

    await postError(
      "/api/entities/split",
      { type: "metric", id: fid.id, spellings: ["nothing-written-so"] },
      422,
      "NO_MATCHING_CLAIMS",
    );
    await postError(
      "/api/entities/split",
      { type: "metric", id: fid.id, spellings: ["fid-50K"], name: "accuracy" },
      409,
      "NAME_TAKEN",
    );
    const split = await postJson(
      "/api/entities/split",
      { type: "metric", id: fid.id, spellings: ["fid-50K"] },
      200,
      SplitResultSchema,
    );
    expect(split).toMatchObject({ type: "metric", created: { name: "FID-50k" }, claimsMoved: 1 });
    const [claim] = await claimsWhere(eq(claims.id, written));
    expect(claim!.metricId).toBe(split.created.id);
    const [board] = await fixture.db.select().from(benchmarks).where(eq(benchmarks.id, claim!.benchmarkId!));
    expect(board).toMatchObject({ metricId: split.created.id });
    expect(await metricNamed("FID-50k")).toMatchObject({ direction: "lower" });

    const res = await fixture.app.request(`/api/claims/${written}/corrections`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${reviewer}` },
      body: JSON.stringify({ metric: "fid" }),
    });
    expect(res.status).toBe(200);
    expect(await postError("/api/entities/undo", { auditId: split.auditId }, 409, "UNDO_CONFLICT")).toContain(
      `claim ${written}`,
    );
    expect((await history("metric", split.created.id)).items[0]).toMatchObject({ canUndo: false });
  });
});
