import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import {
  appState,
  auditLog,
  benchmarks,
  claims,
  datasetAliases,
  datasets,
  metrics,
  papers,
  subjectAliases,
  subjects,
} from "../../db/schema/index.js";
import { IDENTITY_VERSION, upgradeIdentity } from "../../domain/rekey.js";
import { correctClaim, reviewClaim } from "../../domain/review.js";
import { resolveDataset } from "../../extractors/identity/datasets.js";
import { systemIdentity } from "../../extractors/identity/systems.js";
import { createTestDatabase } from "../helpers/db.js";

// A database written under the first identity rules: "MATH-500" merged into "MATH" by the old alias table,
// subjects keyed by entityKey ("llama7b"), one benchmark per dataset + metric, offset fingerprints.
let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});

async function oldDatabase() {
  const db = h.db;
  const [math] = await db.insert(datasets).values({ name: "MATH", key: "math" }).returning();
  await db.insert(datasetAliases).values({ aliasKey: "math", alias: "MATH", datasetId: math!.id });
  const [model] = await db.insert(subjects).values({ name: "LLaMA-7B", key: "llama7b" }).returning();
  await db.insert(subjectAliases).values([
    { aliasKey: "llama7b", alias: "LLaMA-7B", subjectId: model!.id },
    // A reviewer merged this spelling into LLaMA-7B.
    { aliasKey: "llamaseven", alias: "LLaMA-Seven", subjectId: model!.id },
  ]);
  const [acc] = await db.select().from(metrics).where(eq(metrics.name, "accuracy"));
  await db.insert(benchmarks).values({ id: "math--accuracy", datasetId: math!.id, metricId: acc!.id });
  const [p] = await db
    .insert(papers)
    .values({
      title: "Old Paper",
      titleKey: "oldpaper",
      abstract: "LLaMA-7B reaches accuracy 31.2% on MATH-500. LLaMA-7B reaches accuracy 10.5% on MATH.",
      sourceFile: "a.jsonl",
      contentHash: "x",
      extractedWith: "fake@1",
    })
    .returning();
  const row = (value: number, datasetText: string, start: number, fingerprint: string) => ({
    paperId: p!.id,
    subjectId: model!.id,
    datasetId: math!.id,
    metricId: acc!.id,
    benchmarkId: "math--accuracy",
    value,
    unit: "%",
    kind: "absolute" as const,
    qualifier: "exact" as const,
    subjectText: "LLaMA-7B",
    datasetText,
    evidence: `LLaMA-7B reaches accuracy ${value}% on ${datasetText}`,
    sentence: "",
    evidenceStart: start,
    evidenceEnd: start + 40,
    confidence: 0.9,
    extractor: "fake",
    extractorVersion: "1",
    fingerprint,
    original: { value, unit: "%", metric: "accuracy", subject: "LLaMA-7B", dataset: datasetText },
  });
  const inserted = await db
    .insert(claims)
    .values([row(31.2, "MATH-500", 0, "old-1"), row(10.5, "MATH", 45, "old-2")])
    .returning();
  return { math: math!, model: model!, claims: inserted };
}

describe("upgrading a database keyed under older identity rules", () => {
  it("splits variants, keeps reviews and merges, and runs once", async () => {
    const old = await oldDatabase();
    const who = { tokenId: 0, name: "tester", role: "reviewer" as const };
    await reviewClaim(h.db, who, old.claims[0]!.id, { action: "accept" });
    await correctClaim(h.db, who, old.claims[1]!.id, { value: 10.6 });
    const auditBefore = (await h.db.select({ n: count() }).from(auditLog))[0]!.n;

    const result = await upgradeIdentity(h.db);
    expect(result?.rekeyed).toBe(2);
    const [math500, math] = await Promise.all(
      old.claims.map(async (c) => (await h.db.select().from(claims).where(eq(claims.id, c.id)))[0]!),
    );
    // MATH-500 is its own dataset and board now; the accepted claim moved with its review.
    const [d500] = await h.db.select().from(datasets).where(eq(datasets.id, math500!.datasetId!));
    expect(d500!.key).toBe(resolveDataset("MATH-500").key);
    expect(d500!.family).toBe("MATH");
    expect(math500!.benchmarkId).not.toBe("math--accuracy");
    expect(math500!.reviewStatus).toBe("accepted");
    expect(math500!.fingerprint).not.toBe("old-1");
    // The corrected claim keeps the reviewer's keys and value.
    expect(math!.reviewStatus).toBe("corrected");
    expect(math!.value).toBe(10.6);
    expect(math!.datasetId).toBe(old.math.id);
    // The merged spelling still leads to the same subject, under its new key.
    const merged = await h.db.select().from(subjectAliases).where(eq(subjectAliases.alias, "LLaMA-Seven"));
    expect(new Set(merged.map((a) => a.subjectId))).toEqual(new Set([old.model.id]));
    expect(merged.map((a) => a.aliasKey)).toContain(systemIdentity("LLaMA-Seven").key);
    // Nothing of the history is lost, and the version is recorded.
    expect((await h.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(auditBefore);
    expect((await h.db.select().from(appState).where(eq(appState.key, "identity")))[0]!.value).toBe(IDENTITY_VERSION);
    expect(await upgradeIdentity(h.db)).toBeNull();
  });
});
