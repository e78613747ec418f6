import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { auditLog, benchmarks, claims, datasets, flags, metrics, subjects } from "../db/schema/index.js";
import type { AuditEntry, ClaimDetail, CorrectClaim, Flag, ResolveFlag, ReviewClaim } from "../contracts/flags.js";
import { resolveDataset } from "../extractors/identity/datasets.js";
import { isModelName, systemIdentity } from "../extractors/identity/systems.js";
import { selectClaims, toClaimOut } from "./claims.js";
import { benchmarkKey, datasetEntry, ensureBenchmarks, ensureEntities, subjectEntry, type DbOrTx } from "./entities.js";
import { DomainError, notFound } from "./errors.js";
import { getFlag, openFlagsOfClaims } from "./flags/queries.js";
import { recomputeFlags, type FlagOptions } from "./flags/recompute.js";
import { resolveMetricName } from "./lookup.js";
import type { Principal } from "./tokens.js";

const actorOf = (p: Principal) => `${p.name} (token ${p.tokenId}, ${p.role})`;

async function audit(
  db: DbOrTx,
  who: Principal,
  action: string,
  targetType: "claim" | "flag" | "subject" | "dataset",
  targetId: number,
  before: unknown,
  after: unknown,
  note: string | undefined,
) {
  await db
    .insert(auditLog)
    .values({ actor: actorOf(who), action, targetType, targetId, before, after, note: note ?? null });
}

export async function resolveFlag(db: Database, who: Principal, id: number, body: ResolveFlag): Promise<Flag> {
  await db.transaction(async (tx) => {
    const [flag] = await tx.select().from(flags).where(eq(flags.id, id)).for("update");
    if (!flag) throw notFound(`flag ${id}`);
    await tx
      .update(flags)
      .set({
        status: body.status,
        resolvedAt: sql`now()`,
        resolvedBy: actorOf(who),
        resolutionNote: body.note ?? null,
        updatedAt: sql`now()`,
      })
      .where(eq(flags.id, id));
    await audit(
      tx,
      who,
      `flag.${body.status}`,
      "flag",
      id,
      { status: flag.status },
      { status: body.status },
      body.note,
    );
    // Leaderboards show flag badges: their cached copies must see the change.
    await touch(tx, [flag.benchmarkId]);
  });
  return getFlag(db, id);
}

async function claimState(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      id: claims.id,
      paperId: claims.paperId,
      value: claims.value,
      unit: claims.unit,
      metricId: claims.metricId,
      metric: metrics.name,
      subjectId: claims.subjectId,
      subject: subjects.name,
      datasetId: claims.datasetId,
      dataset: datasets.name,
      benchmarkId: claims.benchmarkId,
      setting: claims.setting,
      reviewStatus: claims.reviewStatus,
    })
    .from(claims)
    .innerJoin(metrics, eq(metrics.id, claims.metricId))
    .leftJoin(subjects, eq(subjects.id, claims.subjectId))
    .leftJoin(datasets, eq(datasets.id, claims.datasetId))
    .where(eq(claims.id, id))
    .for("update", { of: claims });
  if (!row) throw notFound(`claim ${id}`);
  return row;
}

const visible = ({
  value,
  unit,
  metric,
  subject,
  dataset,
  benchmarkId,
  reviewStatus,
}: Awaited<ReturnType<typeof claimState>>) => ({
  value,
  unit,
  metric,
  subject,
  dataset,
  benchmarkId,
  reviewStatus,
});

async function touch(db: DbOrTx, benchmarkIds: (string | null)[]) {
  const ids = benchmarkIds.filter((b): b is string => b !== null);
  if (ids.length) await db.update(benchmarks).set({ updatedAt: sql`now()` }).where(inArray(benchmarks.id, ids));
}

export async function reviewClaim(
  db: Database,
  who: Principal,
  id: number,
  body: ReviewClaim,
  flagOptions?: FlagOptions,
): Promise<ClaimDetail> {
  await db.transaction(async (tx) => {
    const before = await claimState(tx, id);
    const status = body.action === "accept" ? "accepted" : "rejected";
    await tx.update(claims).set({ reviewStatus: status, reviewedAt: sql`now()` }).where(eq(claims.id, id));
    await audit(
      tx,
      who,
      `claim.${body.action}`,
      "claim",
      id,
      visible(before),
      { ...visible(before), reviewStatus: status },
      body.note,
    );
    await touch(tx, [before.benchmarkId]);
    await recomputeFlags(
      tx,
      { benchmarkIds: before.benchmarkId ? [before.benchmarkId] : [], paperIds: [before.paperId] },
      flagOptions,
    );
  });
  return getClaimDetail(db, id);
}

/** A reviewer's correction: the claim's visible values change, `original` and the audit row keep the old ones. */
export async function correctClaim(
  db: Database,
  who: Principal,
  id: number,
  body: CorrectClaim,
  flagOptions?: FlagOptions,
): Promise<ClaimDetail> {
  await db.transaction(async (tx) => {
    const before = await claimState(tx, id);
    let metricId = before.metricId;
    let metricName = before.metric;
    if (body.metric !== undefined) {
      metricName = resolveMetricName(body.metric);
      const [m] = await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.name, metricName));
      if (!m)
        throw new DomainError(
          "UNKNOWN_METRIC",
          `no metric called "${body.metric}"; use a canonical name such as accuracy, fid or speedup`,
        );
      metricId = m.id;
    }
    let subjectId = before.subjectId;
    if (body.subject !== undefined) {
      const sys = systemIdentity(body.subject);
      subjectId =
        (await ensureEntities(tx, "subject", [subjectEntry(sys, isModelName(sys.name))])).get(sys.key) ?? null;
      if (subjectId === null) throw new DomainError("VALIDATION_FAILED", "subject needs letters or digits");
    }
    let datasetId = before.datasetId;
    let datasetName = before.dataset;
    if (body.dataset !== undefined) {
      const ds = body.dataset === null ? null : resolveDataset(body.dataset);
      datasetName = ds?.name ?? null;
      datasetId = ds === null ? null : ((await ensureEntities(tx, "dataset", [datasetEntry(ds)])).get(ds.key) ?? null);
      if (datasetName !== null && datasetId === null)
        throw new DomainError("VALIDATION_FAILED", "dataset needs letters or digits");
    }
    let benchmarkId: string | null = null;
    if (datasetId !== null) {
      const [d] = await tx.select({ name: datasets.name }).from(datasets).where(eq(datasets.id, datasetId));
      // A correction keeps the claim's setting: the reviewer fixes the number or its names, not the protocol.
      benchmarkId =
        (
          await ensureBenchmarks(tx, [
            { datasetId, datasetName: d!.name, metricId, metricName, setting: before.setting },
          ])
        ).get(benchmarkKey(datasetId, metricId, before.setting)) ?? null;
    }
    await tx
      .update(claims)
      .set({
        value: body.value ?? before.value,
        ...(body.value !== undefined ? { valueText: String(body.value) } : {}),
        unit: body.unit !== undefined ? body.unit : before.unit,
        metricId,
        subjectId,
        datasetId,
        benchmarkId,
        reviewStatus: "corrected",
        reviewedAt: sql`now()`,
      })
      .where(eq(claims.id, id));
    const after = await claimState(tx, id);
    await audit(tx, who, "claim.correct", "claim", id, visible(before), visible(after), body.note);
    await touch(tx, [before.benchmarkId, benchmarkId]);
    await recomputeFlags(
      tx,
      {
        benchmarkIds: [before.benchmarkId, benchmarkId].filter((b): b is string => b !== null),
        paperIds: [before.paperId],
      },
      flagOptions,
    );
  });
  return getClaimDetail(db, id);
}

async function auditOf(
  db: Database,
  targetType: "claim" | "flag" | "subject" | "dataset",
  targetId: number,
): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function getClaimDetail(db: Database, id: number): Promise<ClaimDetail> {
  const [row] = await selectClaims(db).where(eq(claims.id, id));
  if (!row) throw notFound(`claim ${id}`);
  const [flagRefs, history] = [await openFlagsOfClaims(db, [id]), await auditOf(db, "claim", id)];
  return { ...toClaimOut(row), flags: flagRefs.get(id) ?? [], history };
}
