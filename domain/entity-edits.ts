/**
 * A reviewer's identity edits: merging two subjects, datasets or metrics, splitting spellings of one out
 * into a new entity, and undoing either. Every edit runs in one transaction, writes an audit row whose
 * `before` / `after` JSON says exactly which rows changed from what to what, and recomputes the flags of
 * the benchmarks and papers it touched. An undo reverses one recorded edit, only while every row it
 * changed still holds the value the edit gave it.
 */
import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../db/client.js";
import {
  auditLog,
  benchmarks,
  claims,
  datasetAliases,
  datasets,
  metrics,
  subjectAliases,
  subjects,
} from "../db/schema/index.js";
import type {
  EntityEdit,
  EntityHistory,
  EntityHistoryQuery,
  EntityIdentity,
  EntityRefQuery,
  EntitySearch,
  EntitySearchQuery,
  EntityType,
  MergeEntities,
  MergeResult,
  SplitEntity,
  SplitResult,
  UndoEntityEdit,
  UndoResult,
} from "../contracts/entities.js";
import { resolveDataset } from "../extractors/identity/datasets.js";
import { isModelName, splitMethodModel, systemIdentity } from "../extractors/identity/systems.js";
import { benchmarkKey, ensureBenchmarks, type DbOrTx } from "./entities.js";
import { DomainError, notFound } from "./errors.js";
import { recomputeFlags, type FlagOptions } from "./flags/recompute.js";
import type { Principal } from "./tokens.js";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

// ---------------------------------------------------------------------------------------------------
// What an audit row records.

type ClaimField = "subjectId" | "modelId" | "datasetId" | "metricId" | "benchmarkId";
type ClaimFks = { id: number } & Partial<Record<ClaimField, number | string | null>>;
interface AliasRef {
  key: string;
  entityId: number;
}
interface BenchRef {
  id: string;
  datasetId: number;
  metricId: number;
}
interface BenchRow extends BenchRef {
  setting: string;
  createdAt: string;
}
interface Renamed {
  id: number;
  key: string;
  name: string;
}

/** One side of an edit: the rows it changed, as they were (`before`) or as it left them (`after`), index for index. */
interface Side {
  claims: ClaimFks[];
  aliases: AliasRef[];
  /** Benchmarks that stayed but now belong to another dataset or metric. */
  benchmarks: BenchRef[];
  /** before: benchmarks the edit deleted (their claims joined another), to re-create on undo. */
  removedBenchmarks?: BenchRow[];
  /** after: benchmarks the edit created, to delete on undo. */
  createdBenchmarks?: string[];
  /** before: the entity row a merge deleted (dates as ISO strings). */
  removedEntity?: Record<string, unknown>;
  /** after: the entity a split created. */
  createdEntity?: { id: number; name: string };
  /** A split that takes out the entity's own key renames the rest to one of its other spellings. */
  renamed?: Renamed;
}
interface AfterSide extends Side {
  type: EntityType;
  /** Every entity id the edit involved: the history of any of them lists it. */
  entities: number[];
  summary: string;
}
interface UndoAfter {
  type: EntityType;
  entities: number[];
  summary: string;
  undoes: number;
  claimsMoved: number;
}

const actorOf = (p: Principal) => `${p.name} (token ${p.tokenId}, ${p.role})`;

/**
 * audit_log.target_type is one of claim | flag | subject | dataset and may not change here. Subject and
 * dataset edits use their own type with the surviving (merge) or split entity's id. Metric edits use
 * "claim": a metric merge or split changes nothing but claims (their metric and benchmark) and the
 * benchmarks they sit in, so "claim" with the id of a claim it really moved is true of that row, whereas
 * "subject" / "dataset" with a metric id would put the row into the history of an unrelated entity that
 * happens to share the number. The metric ids involved are in the row's `after.entities`, which is what
 * the entity history reads. A metric edit that moved no claim records target id 0, which no claim has.
 */
function auditTarget(
  type: EntityType,
  entityId: number,
  movedClaims: readonly number[],
): { targetType: "claim" | "subject" | "dataset"; targetId: number } {
  if (type !== "metric") return { targetType: type, targetId: entityId };
  return { targetType: "claim", targetId: movedClaims.length ? Math.min(...movedClaims) : 0 };
}

async function touch(db: DbOrTx, benchmarkIds: Iterable<string>) {
  const ids = [...new Set(benchmarkIds)];
  if (ids.length) await db.update(benchmarks).set({ updatedAt: sql`now()` }).where(inArray(benchmarks.id, ids));
}

/** Bumps what the edit touched that still exists, and brings its flags in line. */
async function settle(tx: Tx, benchmarkIds: Iterable<string>, paperIds: Iterable<number>, flagOptions?: FlagOptions) {
  const wanted = [...new Set(benchmarkIds)];
  const existing = wanted.length
    ? (await tx.select({ id: benchmarks.id }).from(benchmarks).where(inArray(benchmarks.id, wanted))).map((b) => b.id)
    : [];
  await touch(tx, existing);
  await recomputeFlags(tx, { benchmarkIds: existing, paperIds: [...new Set(paperIds)] }, flagOptions);
}

// ---------------------------------------------------------------------------------------------------
// Entity tables, one switch per operation (drizzle's types do not unify the three tables).

interface EntityRow {
  id: number;
  name: string;
  key: string | null;
  row: Record<string, unknown>;
}

const CLAIM_FIELDS: Record<EntityType, ClaimField[]> = {
  subject: ["subjectId", "modelId"],
  dataset: ["datasetId"],
  metric: ["metricId"],
};
const claimColumn = (f: ClaimField) => claims[f];

async function lockEntities(tx: Tx, type: EntityType, ids: number[]): Promise<Map<number, EntityRow>> {
  const out = new Map<number, EntityRow>();
  if (type === "subject") {
    for (const r of await tx.select().from(subjects).where(inArray(subjects.id, ids)).for("update"))
      out.set(r.id, { id: r.id, name: r.name, key: r.key, row: r });
  } else if (type === "dataset") {
    for (const r of await tx.select().from(datasets).where(inArray(datasets.id, ids)).for("update"))
      out.set(r.id, { id: r.id, name: r.name, key: r.key, row: r });
  } else {
    for (const r of await tx.select().from(metrics).where(inArray(metrics.id, ids)).for("update"))
      out.set(r.id, { id: r.id, name: r.name, key: null, row: r });
  }
  return out;
}

async function lockEntity(tx: Tx, type: EntityType, id: number): Promise<EntityRow> {
  const row = (await lockEntities(tx, type, [id])).get(id);
  if (!row) throw notFound(`${type} ${id}`);
  return row;
}

const jsonRow = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
const dbRow = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, k === "createdAt" && typeof v === "string" ? new Date(v) : v]),
  );

async function insertEntityRow(tx: Tx, type: EntityType, row: Record<string, unknown>) {
  const values = dbRow(row) as never;
  if (type === "subject") await tx.insert(subjects).overridingSystemValue().values(values);
  else if (type === "dataset") await tx.insert(datasets).overridingSystemValue().values(values);
  else await tx.insert(metrics).overridingSystemValue().values(values);
}

async function deleteEntity(tx: Tx, type: EntityType, id: number) {
  if (type === "subject") await tx.delete(subjects).where(eq(subjects.id, id));
  else if (type === "dataset") await tx.delete(datasets).where(eq(datasets.id, id));
  else await tx.delete(metrics).where(eq(metrics.id, id));
}

async function renameEntity(tx: Tx, type: EntityType, r: Renamed) {
  if (type === "subject") await tx.update(subjects).set({ key: r.key, name: r.name }).where(eq(subjects.id, r.id));
  else if (type === "dataset") await tx.update(datasets).set({ key: r.key, name: r.name }).where(eq(datasets.id, r.id));
}

/** Another entity with this key (subjects, datasets) or name (metrics), if any. */
async function entityWithKey(tx: DbOrTx, type: EntityType, key: string): Promise<number | null> {
  const [r] =
    type === "subject"
      ? await tx.select({ id: subjects.id }).from(subjects).where(eq(subjects.key, key))
      : type === "dataset"
        ? await tx.select({ id: datasets.id }).from(datasets).where(eq(datasets.key, key))
        : await tx.select({ id: metrics.id }).from(metrics).where(eq(metrics.name, key));
  return r?.id ?? null;
}

async function aliasesOf(tx: DbOrTx, type: EntityType, id: number): Promise<{ key: string; alias: string }[]> {
  if (type === "subject")
    return tx
      .select({ key: subjectAliases.aliasKey, alias: subjectAliases.alias })
      .from(subjectAliases)
      .where(eq(subjectAliases.subjectId, id))
      .orderBy(asc(subjectAliases.aliasKey));
  if (type === "dataset")
    return tx
      .select({ key: datasetAliases.aliasKey, alias: datasetAliases.alias })
      .from(datasetAliases)
      .where(eq(datasetAliases.datasetId, id))
      .orderBy(asc(datasetAliases.aliasKey));
  return [];
}

async function aliasOwners(tx: DbOrTx, type: EntityType, keys: string[]): Promise<Map<string, number>> {
  if (!keys.length || type === "metric") return new Map();
  const rows =
    type === "subject"
      ? await tx
          .select({ key: subjectAliases.aliasKey, id: subjectAliases.subjectId })
          .from(subjectAliases)
          .where(inArray(subjectAliases.aliasKey, keys))
      : await tx
          .select({ key: datasetAliases.aliasKey, id: datasetAliases.datasetId })
          .from(datasetAliases)
          .where(inArray(datasetAliases.aliasKey, keys));
  return new Map(rows.map((r) => [r.key, r.id]));
}

async function moveAliases(tx: Tx, type: EntityType, keys: string[], to: number) {
  if (!keys.length) return;
  if (type === "subject")
    await tx.update(subjectAliases).set({ subjectId: to }).where(inArray(subjectAliases.aliasKey, keys));
  else if (type === "dataset")
    await tx.update(datasetAliases).set({ datasetId: to }).where(inArray(datasetAliases.aliasKey, keys));
}

/** Claims that point at the entity through any of the type's columns. */
async function claimsOf(tx: DbOrTx, type: EntityType, id: number) {
  const cond = or(...CLAIM_FIELDS[type].map((f) => eq(claimColumn(f), id)))!;
  return tx
    .select({
      id: claims.id,
      paperId: claims.paperId,
      subjectId: claims.subjectId,
      modelId: claims.modelId,
      datasetId: claims.datasetId,
      metricId: claims.metricId,
      benchmarkId: claims.benchmarkId,
      setting: claims.setting,
      subjectText: claims.subjectText,
      modelText: claims.modelText,
      datasetText: claims.datasetText,
      writtenMetric: sql<string | null>`${claims.original}->>'metric'`,
    })
    .from(claims)
    .where(cond)
    .orderBy(asc(claims.id));
}

// ---------------------------------------------------------------------------------------------------
// Applying a set of claim changes, grouped into one UPDATE per distinct new value.

interface ClaimChange {
  id: number;
  paperId: number;
  before: Partial<Record<ClaimField, number | string | null>>;
  after: Partial<Record<ClaimField, number | string | null>>;
}

class Changes {
  readonly claims = new Map<number, ClaimChange>();
  set(
    c: { id: number; paperId: number } & Partial<Record<ClaimField, unknown>>,
    field: ClaimField,
    to: number | string | null,
  ) {
    let ch = this.claims.get(c.id);
    if (!ch) this.claims.set(c.id, (ch = { id: c.id, paperId: c.paperId, before: {}, after: {} }));
    if (!(field in ch.before)) ch.before[field] = c[field] as number | string | null;
    ch.after[field] = to;
  }
  sides(): { before: ClaimFks[]; after: ClaimFks[] } {
    const list = [...this.claims.values()].sort((a, b) => a.id - b.id);
    return { before: list.map((c) => ({ id: c.id, ...c.before })), after: list.map((c) => ({ id: c.id, ...c.after })) };
  }
}

async function applyClaimPatches(tx: Tx, patches: ClaimFks[]) {
  const groups = new Map<string, { patch: Record<string, unknown>; ids: number[] }>();
  for (const { id, ...patch } of patches) {
    const k = JSON.stringify(Object.entries(patch).sort());
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { patch, ids: [] }));
    g.ids.push(id);
  }
  for (const { patch, ids } of groups.values()) {
    if (!Object.keys(patch).length) continue;
    for (let i = 0; i < ids.length; i += 5000)
      await tx
        .update(claims)
        .set(patch)
        .where(inArray(claims.id, ids.slice(i, i + 5000)));
  }
}

async function writeAudit(
  tx: Tx,
  who: Principal,
  action: string,
  target: { targetType: "claim" | "subject" | "dataset"; targetId: number },
  before: unknown,
  after: unknown,
  note: string | undefined,
): Promise<number> {
  const [row] = await tx
    .insert(auditLog)
    .values({ actor: actorOf(who), action, ...target, before, after, note: note ?? null })
    .returning({ id: auditLog.id });
  return row!.id;
}

const quote = (s: string) => `“${s}”`;

// ---------------------------------------------------------------------------------------------------
// Merge.

/** Makes `from` part of `into`: its spellings, claims and benchmarks move over, and it is gone. */
export async function mergeEntities(
  db: Database,
  who: Principal,
  body: MergeEntities,
  flagOptions?: FlagOptions,
): Promise<MergeResult> {
  const { type } = body;
  return db.transaction(async (tx) => {
    const rows = await lockEntities(tx, type, [body.from, body.into]);
    const from = rows.get(body.from);
    const into = rows.get(body.into);
    if (!from) throw notFound(`${type} ${body.from}`);
    if (!into) throw notFound(`${type} ${body.into}`);
    if (type === "metric" && from.row.direction !== into.row.direction) {
      throw new DomainError(
        "DIRECTION_MISMATCH",
        `${quote(from.name)} is ${from.row.direction === "lower" ? "lower" : "higher"}-is-better and ${quote(into.name)} is not: one leaderboard cannot rank both`,
      );
    }
    const changes = new Changes();
    const before: Side = {
      claims: [],
      aliases: [],
      benchmarks: [],
      removedBenchmarks: [],
      removedEntity: jsonRow(from.row),
    };
    const after: AfterSide = {
      type,
      entities: [from.id, into.id],
      summary: "",
      claims: [],
      aliases: [],
      benchmarks: [],
    };
    const affected = new Set<string>();
    const paperIds = new Set<number>();

    const moved = await claimsOf(tx, type, from.id);
    for (const c of moved) {
      for (const f of CLAIM_FIELDS[type]) if (c[f] === from.id) changes.set(c, f, into.id);
      if (c.benchmarkId) affected.add(c.benchmarkId);
    }

    const dropBenchmarks: string[] = [];
    if (type === "dataset" || type === "metric") {
      // The merged entity's benchmarks join the survivor's benchmark for the same (other half, setting), or move over whole.
      const fk = type === "dataset" ? benchmarks.datasetId : benchmarks.metricId;
      for (const b of await tx.select().from(benchmarks).where(eq(fk, from.id)).orderBy(asc(benchmarks.id))) {
        const datasetId = type === "dataset" ? into.id : b.datasetId;
        const metricId = type === "metric" ? into.id : b.metricId;
        const [target] = await tx
          .select({ id: benchmarks.id })
          .from(benchmarks)
          .where(
            and(
              eq(benchmarks.datasetId, datasetId),
              eq(benchmarks.metricId, metricId),
              eq(benchmarks.setting, b.setting),
            ),
          );
        if (target) {
          for (const c of await tx
            .select({ id: claims.id, paperId: claims.paperId, benchmarkId: claims.benchmarkId })
            .from(claims)
            .where(eq(claims.benchmarkId, b.id))) {
            changes.set(c, "benchmarkId", target.id);
          }
          before.removedBenchmarks!.push({
            id: b.id,
            datasetId: b.datasetId,
            metricId: b.metricId,
            setting: b.setting,
            createdAt: b.createdAt.toISOString(),
          });
          dropBenchmarks.push(b.id);
          affected.add(target.id);
        } else {
          before.benchmarks.push({ id: b.id, datasetId: b.datasetId, metricId: b.metricId });
          after.benchmarks.push({ id: b.id, datasetId, metricId });
          await tx.update(benchmarks).set({ datasetId, metricId }).where(eq(benchmarks.id, b.id));
          affected.add(b.id);
        }
      }
    }

    const sides = changes.sides();
    before.claims = sides.before;
    after.claims = sides.after;
    await applyClaimPatches(tx, sides.after);
    for (const c of changes.claims.values()) paperIds.add(c.paperId);
    if (dropBenchmarks.length) await tx.delete(benchmarks).where(inArray(benchmarks.id, dropBenchmarks));

    const aliasRows = await aliasesOf(tx, type, from.id);
    before.aliases = aliasRows.map((a) => ({ key: a.key, entityId: from.id }));
    after.aliases = aliasRows.map((a) => ({ key: a.key, entityId: into.id }));
    await moveAliases(
      tx,
      type,
      aliasRows.map((a) => a.key),
      into.id,
    );
    await deleteEntity(tx, type, from.id);

    after.summary = `merged ${quote(from.name)} (#${from.id}) into ${quote(into.name)} (#${into.id}): ${changes.claims.size} claim(s), ${aliasRows.length} spelling(s)`;
    const auditId = await writeAudit(
      tx,
      who,
      `${type}.merge`,
      auditTarget(type, into.id, [...changes.claims.keys()]),
      before,
      after,
      body.note,
    );
    await settle(tx, affected, paperIds, flagOptions);
    return { type, into: into.id, claimsMoved: changes.claims.size, aliasesMoved: aliasRows.length, auditId };
  });
}

// ---------------------------------------------------------------------------------------------------
// Split.

/** Keys a written name may have had when it was keyed: the whole name, and the method half of "X with Y". */
function systemKeysOf(text: string): string[] {
  const keys = [systemIdentity(text).key];
  const { method, model } = splitMethodModel(text);
  if (method) keys.push(systemIdentity(method).key);
  if (model) keys.push(systemIdentity(model).key);
  return keys;
}

function matcher(type: "subject" | "dataset", aliases: { key: string; alias: string }[]) {
  const keys = new Set(aliases.map((a) => a.key));
  const texts = new Set(aliases.map((a) => a.alias.trim().toLowerCase()));
  return (text: string | null): boolean => {
    if (!text) return false;
    if (texts.has(text.trim().toLowerCase())) return true;
    const candidates = type === "subject" ? systemKeysOf(text) : [resolveDataset(text).key];
    return candidates.some((k) => keys.has(k));
  };
}

/** Takes spellings of an entity (and the claims written with them) out into a new entity. */
export async function splitEntity(
  db: Database,
  who: Principal,
  body: SplitEntity,
  flagOptions?: FlagOptions,
): Promise<SplitResult> {
  const { type } = body;
  return db.transaction(async (tx) => {
    const entity = await lockEntity(tx, type, body.id);
    const changes = new Changes();
    const before: Side = { claims: [], aliases: [], benchmarks: [] };
    const after: AfterSide = {
      type,
      entities: [entity.id],
      summary: "",
      claims: [],
      aliases: [],
      benchmarks: [],
      createdBenchmarks: [],
    };
    const affected = new Set<string>();
    let created: { id: number; name: string };
    let aliasesMoved = 0;
    /** The spellings as written, for the summary (subjects and datasets are asked for by alias key). */
    let spelledOut = body.spellings;
    const existing = await claimsOf(tx, type, entity.id);

    if (type === "metric") {
      const wanted = new Set(body.spellings.map((s) => s.trim().toLowerCase()));
      const moving = existing.filter(
        (c) => c.metricId === entity.id && c.writtenMetric !== null && wanted.has(c.writtenMetric.trim().toLowerCase()),
      );
      if (!moving.length) {
        throw new DomainError(
          "NO_MATCHING_CLAIMS",
          `no claim of metric ${quote(entity.name)} was written as ${body.spellings.map(quote).join(" or ")}`,
        );
      }
      const name = (body.name ?? moving[0]!.writtenMetric!).trim();
      if (name.length > 100) throw new DomainError("VALIDATION_FAILED", "a metric name has at most 100 characters");
      const clash = await entityWithKey(tx, type, name);
      if (clash !== null)
        throw new DomainError(
          "NAME_TAKEN",
          `a metric called ${quote(name)} exists already (#${clash}): merge into it instead, or give another name`,
        );
      const m = entity.row as typeof metrics.$inferSelect;
      const [row] = await tx
        .insert(metrics)
        .values({
          name,
          direction: m.direction,
          directionKnown: m.directionKnown,
          unit: m.unit,
          min: m.min,
          max: m.max,
          family: m.family,
          display: name,
          scale: m.scale,
        })
        .returning({ id: metrics.id, name: metrics.name });
      created = row!;
      const withDataset = moving.filter((c) => c.datasetId !== null);
      const dsNames = await datasetNames(
        tx,
        withDataset.map((c) => c.datasetId!),
      );
      const made = await ensureBenchmarks(
        tx,
        withDataset.map((c) => ({
          datasetId: c.datasetId!,
          datasetName: dsNames.get(c.datasetId!)!,
          metricId: created.id,
          metricName: name,
          setting: c.setting,
        })),
      );
      after.createdBenchmarks = [...new Set(made.values())];
      for (const c of moving) {
        changes.set(c, "metricId", created.id);
        const bid = c.datasetId === null ? null : made.get(benchmarkKey(c.datasetId, created.id, c.setting))!;
        if (c.benchmarkId !== bid) changes.set(c, "benchmarkId", bid);
        if (c.benchmarkId) affected.add(c.benchmarkId);
      }
      for (const b of after.createdBenchmarks) affected.add(b);
    } else {
      const all = await aliasesOf(tx, type, entity.id);
      const byKey = new Map(all.map((a) => [a.key, a]));
      const unknown = body.spellings.filter((k) => !byKey.has(k));
      if (unknown.length) {
        throw new DomainError(
          "UNKNOWN_SPELLING",
          `${unknown.map(quote).join(", ")} is not a spelling key of ${type} ${quote(entity.name)}; its keys: ${all.map((a) => quote(a.key)).join(", ")}`,
        );
      }
      const keys = [...new Set(body.spellings)];
      const taking = keys.map((k) => byKey.get(k)!);
      spelledOut = taking.map((a) => a.alias);
      const remaining = all.filter((a) => !keys.includes(a.key));
      if (!remaining.length)
        throw new DomainError(
          "NOTHING_LEFT",
          `that is every spelling of ${quote(entity.name)}: at least one must stay`,
        );
      // The new entity's key is one of the spellings taken out; if that is the entity's own key, the rest takes one of its remaining spellings.
      let newKey = taking[0]!.key;
      let newName = body.name ?? taking[0]!.alias;
      if (entity.key !== null && keys.includes(entity.key)) {
        newKey = entity.key;
        newName = body.name ?? entity.name;
        const next = remaining[0]!;
        const clash = await entityWithKey(tx, type, next.key);
        if (clash !== null && clash !== entity.id)
          throw new DomainError("KEY_TAKEN", `${type} #${clash} already has the key ${quote(next.key)}`);
        before.renamed = { id: entity.id, key: entity.key, name: entity.name };
        after.renamed = { id: entity.id, key: next.key, name: next.alias };
        await renameEntity(tx, type, after.renamed);
      } else {
        const clash = await entityWithKey(tx, type, newKey);
        if (clash !== null)
          throw new DomainError(
            "KEY_TAKEN",
            `${type} #${clash} already has the key ${quote(newKey)}: merge or split that one instead`,
          );
      }
      if (type === "subject") {
        const src = entity.row as typeof subjects.$inferSelect;
        const [row] = await tx
          .insert(subjects)
          .values({
            key: newKey,
            name: newName,
            generic: systemIdentity(newName).generic,
            isModel: src.isModel || isModelName(newName),
          })
          .returning({ id: subjects.id, name: subjects.name });
        created = row!;
      } else {
        const ds = resolveDataset(newName);
        const [row] = await tx
          .insert(datasets)
          .values({
            key: newKey,
            name: newName,
            family: ds.family,
            familyKey: ds.familyKey,
            variant: ds.variant,
            relation: ds.relation,
            testSize: ds.testSize,
          })
          .returning({ id: datasets.id, name: datasets.name });
        created = row!;
      }
      before.aliases = keys.map((k) => ({ key: k, entityId: entity.id }));
      after.aliases = keys.map((k) => ({ key: k, entityId: created.id }));
      await moveAliases(tx, type, keys, created.id);
      aliasesMoved = keys.length;

      const matches = matcher(type, taking);
      if (type === "subject") {
        for (const c of existing) {
          if (c.subjectId === entity.id && matches(c.subjectText)) changes.set(c, "subjectId", created.id);
          if (c.modelId === entity.id && matches(c.modelText)) changes.set(c, "modelId", created.id);
          if (changes.claims.has(c.id) && c.benchmarkId) affected.add(c.benchmarkId);
        }
      } else {
        const moving = existing.filter((c) => c.datasetId === entity.id && matches(c.datasetText));
        const metricNames = await metricNamesOf(
          tx,
          moving.map((c) => c.metricId),
        );
        const made = await ensureBenchmarks(
          tx,
          moving.map((c) => ({
            datasetId: created.id,
            datasetName: created.name,
            metricId: c.metricId,
            metricName: metricNames.get(c.metricId)!,
            setting: c.setting,
          })),
        );
        after.createdBenchmarks = [...new Set(made.values())];
        for (const c of moving) {
          changes.set(c, "datasetId", created.id);
          changes.set(c, "benchmarkId", made.get(benchmarkKey(created.id, c.metricId, c.setting))!);
          if (c.benchmarkId) affected.add(c.benchmarkId);
        }
        for (const b of after.createdBenchmarks) affected.add(b);
      }
    }

    const sides = changes.sides();
    before.claims = sides.before;
    after.claims = sides.after;
    await applyClaimPatches(tx, sides.after);
    after.createdEntity = created;
    after.entities.push(created.id);
    after.summary = `split ${spelledOut.map(quote).join(", ")} out of ${quote(entity.name)} (#${entity.id}) into ${quote(created.name)} (#${created.id}): ${changes.claims.size} claim(s)`;
    const auditId = await writeAudit(
      tx,
      who,
      `${type}.split`,
      auditTarget(type, entity.id, [...changes.claims.keys()]),
      before,
      after,
      body.note,
    );
    await settle(
      tx,
      affected,
      [...changes.claims.values()].map((c) => c.paperId),
      flagOptions,
    );
    return { type, from: entity.id, created, claimsMoved: changes.claims.size, aliasesMoved, auditId };
  });
}

async function datasetNames(tx: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  return new Map(
    (await tx.select({ id: datasets.id, name: datasets.name }).from(datasets).where(inArray(datasets.id, unique))).map(
      (r) => [r.id, r.name],
    ),
  );
}

async function metricNamesOf(tx: DbOrTx, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  return new Map(
    (await tx.select({ id: metrics.id, name: metrics.name }).from(metrics).where(inArray(metrics.id, unique))).map(
      (r) => [r.id, r.name],
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Undo.

const UNDOABLE = /^(subject|dataset|metric)\.(merge|split)$/;

interface Recorded {
  id: number;
  action: string;
  type: EntityType;
  before: Side;
  after: AfterSide;
}

function recorded(row: typeof auditLog.$inferSelect): Recorded | null {
  const m = UNDOABLE.exec(row.action);
  const after = row.after as AfterSide | null;
  const before = row.before as Side | null;
  if (!m || !after || !before || !Array.isArray(after.claims) || !Array.isArray(before.claims)) return null;
  return { id: row.id, action: row.action, type: m[1] as EntityType, before, after };
}

async function undoneBy(db: DbOrTx, auditIds: number[]): Promise<Map<number, number>> {
  if (!auditIds.length) return new Map();
  const rows = await db
    .select({ id: auditLog.id, undoes: sql<number>`(${auditLog.after}->>'undoes')::int` })
    .from(auditLog)
    .where(and(sql`${auditLog.action} like '%.undo'`, inArray(sql`(${auditLog.after}->>'undoes')::int`, auditIds)));
  return new Map(rows.map((r) => [r.undoes, r.id]));
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * Why the recorded edit cannot be reversed now, or null when it can: every row it changed must still
 * hold what the edit left there, and what it deleted must not have come back under its id or key.
 */
async function blocker(db: DbOrTx, r: Recorded): Promise<string | null> {
  const { type, before, after } = r;
  const claimIds = after.claims.map((c) => c.id);
  const current = new Map<number, Record<string, unknown>>();
  for (let i = 0; i < claimIds.length; i += 5000) {
    const slice = claimIds.slice(i, i + 5000);
    const rows = await db
      .select({
        id: claims.id,
        subjectId: claims.subjectId,
        modelId: claims.modelId,
        datasetId: claims.datasetId,
        metricId: claims.metricId,
        benchmarkId: claims.benchmarkId,
      })
      .from(claims)
      .where(inArray(claims.id, slice));
    for (const row of rows) current.set(row.id, row);
  }
  for (const c of after.claims) {
    const now = current.get(c.id);
    if (!now) return `claim ${c.id} has been deleted since`;
    for (const [f, v] of Object.entries(c)) {
      if (f !== "id" && !same(now[f], v))
        return `claim ${c.id} changed since (its ${f.replace(/Id$/, "")} is no longer what this edit set)`;
    }
  }
  const owners = await aliasOwners(
    db,
    type,
    after.aliases.map((a) => a.key),
  );
  for (const a of after.aliases) {
    if (owners.get(a.key) !== a.entityId) return `the spelling ${quote(a.key)} has moved since`;
  }
  for (const b of after.benchmarks) {
    const [now] = await db
      .select({ datasetId: benchmarks.datasetId, metricId: benchmarks.metricId })
      .from(benchmarks)
      .where(eq(benchmarks.id, b.id));
    if (!now || now.datasetId !== b.datasetId || now.metricId !== b.metricId) return `benchmark ${b.id} changed since`;
  }
  for (const b of before.removedBenchmarks ?? []) {
    const [taken] = await db
      .select({ id: benchmarks.id })
      .from(benchmarks)
      .where(
        or(
          eq(benchmarks.id, b.id),
          and(
            eq(benchmarks.datasetId, b.datasetId),
            eq(benchmarks.metricId, b.metricId),
            eq(benchmarks.setting, b.setting),
          ),
        ),
      );
    if (taken) return `benchmark ${b.id} exists again`;
  }
  const ours = new Set(claimIds);
  for (const id of after.createdBenchmarks ?? []) {
    const others = await db.select({ id: claims.id }).from(claims).where(eq(claims.benchmarkId, id));
    if (others.some((c) => !ours.has(c.id))) return `benchmark ${id} has gained claims since`;
  }
  if (before.removedEntity) {
    const row = before.removedEntity;
    const id = row.id as number;
    if (
      (await lockFreeExists(db, type, id)) ||
      (await entityWithKey(db, type, String(type === "metric" ? row.name : row.key))) !== null
    ) {
      return `${type} ${quote(String(row.name))} exists again`;
    }
  }
  if (after.createdEntity) {
    const { id, name } = after.createdEntity;
    if (!(await lockFreeExists(db, type, id)))
      return `${type} ${quote(name)} (#${id}) has been deleted or merged since`;
    const refs = await claimsOf(db, type, id);
    if (refs.some((c) => !ours.has(c.id))) return `${type} ${quote(name)} has gained claims since`;
    const keys = new Set(after.aliases.map((a) => a.key));
    if ((await aliasesOf(db, type, id)).some((a) => !keys.has(a.key)))
      return `${type} ${quote(name)} has gained spellings since`;
    const created = new Set(after.createdBenchmarks ?? []);
    if (type !== "subject") {
      const fk = type === "dataset" ? benchmarks.datasetId : benchmarks.metricId;
      const bs = await db.select({ id: benchmarks.id }).from(benchmarks).where(eq(fk, id));
      if (bs.some((b) => !created.has(b.id))) return `${type} ${quote(name)} has gained benchmarks since`;
    }
  }
  if (after.renamed) {
    const rows = await db
      .select({
        key: type === "subject" ? subjects.key : datasets.key,
        name: type === "subject" ? subjects.name : datasets.name,
      })
      .from(type === "subject" ? subjects : datasets)
      .where(eq(type === "subject" ? subjects.id : datasets.id, after.renamed.id));
    if (!rows[0] || rows[0].key !== after.renamed.key)
      return `${type} #${after.renamed.id} has been renamed or removed since`;
  }
  return null;
}

async function lockFreeExists(db: DbOrTx, type: EntityType, id: number): Promise<boolean> {
  const table = type === "subject" ? subjects : type === "dataset" ? datasets : metrics;
  const rows = await db.select({ id: table.id }).from(table).where(eq(table.id, id));
  return rows.length > 0;
}

/** Reverses one recorded merge or split, if nothing later changed the rows it changed. */
export async function undoEntityEdit(
  db: Database,
  who: Principal,
  body: UndoEntityEdit,
  flagOptions?: FlagOptions,
): Promise<UndoResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(auditLog).where(eq(auditLog.id, body.auditId));
    if (!row) throw notFound(`audit entry ${body.auditId}`);
    const r = recorded(row);
    if (!r)
      throw new DomainError(
        "NOT_UNDOABLE",
        `audit entry ${row.id} (${row.action}) is not a merge or split recorded with what it changed`,
      );
    const { type, before, after } = r;
    // Serialize against other edits of the same entities.
    const entityIds = after.entities.filter((id) => id !== (before.removedEntity?.id as number | undefined));
    await lockEntities(tx, type, entityIds);
    const done = (await undoneBy(tx, [r.id])).get(r.id);
    if (done !== undefined)
      throw new DomainError("ALREADY_UNDONE", `${row.action} ${row.id} was undone already (audit entry ${done})`);
    const why = await blocker(tx, r);
    if (why)
      throw new DomainError(
        "UNDO_CONFLICT",
        `cannot undo ${row.action} ${row.id}: ${why}; undo the later change first, or edit by hand`,
      );

    const affected = new Set<string>();
    for (const c of [...before.claims, ...after.claims])
      if (typeof c.benchmarkId === "string") affected.add(c.benchmarkId);
    const claimIds = after.claims.map((c) => c.id);
    const claimPapers = claimIds.length
      ? await tx
          .select({ paperId: claims.paperId, benchmarkId: claims.benchmarkId })
          .from(claims)
          .where(inArray(claims.id, claimIds))
      : [];
    for (const c of claimPapers) if (c.benchmarkId) affected.add(c.benchmarkId);

    if (before.removedEntity) await insertEntityRow(tx, type, before.removedEntity);
    for (const b of before.removedBenchmarks ?? []) {
      await tx.insert(benchmarks).values({
        id: b.id,
        datasetId: b.datasetId,
        metricId: b.metricId,
        setting: b.setting,
        createdAt: new Date(b.createdAt),
      });
      affected.add(b.id);
    }
    for (const b of before.benchmarks) {
      await tx.update(benchmarks).set({ datasetId: b.datasetId, metricId: b.metricId }).where(eq(benchmarks.id, b.id));
      affected.add(b.id);
    }
    const byOwner = new Map<number, string[]>();
    for (const a of before.aliases) byOwner.set(a.entityId, [...(byOwner.get(a.entityId) ?? []), a.key]);
    for (const [owner, keys] of byOwner) await moveAliases(tx, type, keys, owner);
    await applyClaimPatches(tx, before.claims);
    if (after.createdBenchmarks?.length)
      await tx.delete(benchmarks).where(inArray(benchmarks.id, after.createdBenchmarks));
    if (after.createdEntity) await deleteEntity(tx, type, after.createdEntity.id);
    if (before.renamed) await renameEntity(tx, type, before.renamed);

    const undo: UndoAfter = {
      type,
      entities: after.entities,
      summary: `undid #${r.id}: ${after.summary}`,
      undoes: r.id,
      claimsMoved: claimIds.length,
    };
    const target = { targetType: row.targetType as "claim" | "subject" | "dataset", targetId: row.targetId };
    const auditId = await writeAudit(tx, who, `${row.action}.undo`, target, null, undo, body.note);
    await settle(
      tx,
      affected,
      claimPapers.map((c) => c.paperId),
      flagOptions,
    );
    return { undone: r.id, action: row.action, auditId, claimsMoved: claimIds.length };
  });
}

// ---------------------------------------------------------------------------------------------------
// Reads for the dashboard's identity panel.

/** Merges, splits and undos that involved the entity, newest first, each with whether it can be undone now. */
export async function entityHistory(db: Database, q: EntityHistoryQuery): Promise<EntityHistory> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        inArray(auditLog.action, [
          `${q.type}.merge`,
          `${q.type}.split`,
          `${q.type}.merge.undo`,
          `${q.type}.split.undo`,
        ]),
        sql`${auditLog.after} @> ${JSON.stringify({ entities: [q.id] })}::jsonb`,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(100);
  const undone = await undoneBy(
    db,
    rows.map((r) => r.id),
  );
  const items: EntityEdit[] = [];
  for (const row of rows) {
    const a = (row.after ?? {}) as Partial<AfterSide & UndoAfter>;
    const isUndo = row.action.endsWith(".undo");
    const r = isUndo ? null : recorded(row);
    const undoneById = undone.get(row.id) ?? null;
    let reason: string | null = null;
    if (isUndo) reason = "an undo is not undone; redo the edit instead";
    else if (!r) reason = "recorded without what it changed";
    else if (undoneById !== null) reason = `undone by #${undoneById}`;
    else reason = await blocker(db, r);
    items.push({
      auditId: row.id,
      action: row.action,
      kind: isUndo ? "undo" : row.action.endsWith(".merge") ? "merge" : "split",
      actor: row.actor,
      createdAt: row.createdAt.toISOString(),
      note: row.note,
      summary: a.summary ?? row.action,
      entities: Array.isArray(a.entities) ? a.entities : [],
      undoes: typeof a.undoes === "number" ? a.undoes : null,
      undoneBy: undoneById,
      canUndo: reason === null,
      reason,
    });
  }
  return { items };
}

/** An entity's spellings with how many claims each accounts for: what a split can take out. */
export async function entityIdentity(db: Database, q: EntityRefQuery): Promise<EntityIdentity> {
  let id = q.id;
  if (id === undefined) {
    if (q.type !== "metric" || !q.name) throw new DomainError("VALIDATION_FAILED", "give id (or, for a metric, name)");
    const found = await entityWithKey(db, "metric", q.name);
    if (found === null) throw notFound(`metric ${quote(q.name)}`);
    id = found;
  }
  const [entity] =
    q.type === "subject"
      ? await db
          .select({ id: subjects.id, name: subjects.name, key: subjects.key })
          .from(subjects)
          .where(eq(subjects.id, id))
      : q.type === "dataset"
        ? await db
            .select({ id: datasets.id, name: datasets.name, key: datasets.key })
            .from(datasets)
            .where(eq(datasets.id, id))
        : await db
            .select({ id: metrics.id, name: metrics.name, key: sql<string | null>`null` })
            .from(metrics)
            .where(eq(metrics.id, id));
  if (!entity) throw notFound(`${q.type} ${id}`);
  const cs = await claimsOf(db, q.type, entity.id);
  if (q.type === "metric") {
    const counts = new Map<string, number>();
    for (const c of cs) if (c.writtenMetric) counts.set(c.writtenMetric, (counts.get(c.writtenMetric) ?? 0) + 1);
    const spellings = [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([s, n]) => ({ key: s, spelling: s, claimCount: n }));
    return { type: q.type, id: entity.id, name: entity.name, key: null, claimCount: cs.length, spellings };
  }
  const aliases = await aliasesOf(db, q.type, entity.id);
  const spellings = aliases.map((a) => {
    const matches = matcher(q.type as "subject" | "dataset", [a]);
    const n =
      q.type === "subject"
        ? cs.filter(
            (c) =>
              (c.subjectId === entity.id && matches(c.subjectText)) ||
              (c.modelId === entity.id && matches(c.modelText)),
          ).length
        : cs.filter((c) => matches(c.datasetText)).length;
    return { key: a.key, spelling: a.alias, claimCount: n };
  });
  return { type: q.type, id: entity.id, name: entity.name, key: entity.key, claimCount: cs.length, spellings };
}

/** Entities of one type whose name (or, for subjects and datasets, any spelling) contains the words. */
export async function searchEntities(db: Database, q: EntitySearchQuery): Promise<EntitySearch> {
  const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  let rows: { id: number; name: string }[];
  if (q.type === "subject") {
    const viaAlias = db
      .select({ id: subjectAliases.subjectId })
      .from(subjectAliases)
      .where(sql`${subjectAliases.alias} ilike ${like}`);
    rows = await db
      .select({ id: subjects.id, name: subjects.name })
      .from(subjects)
      .where(or(sql`${subjects.name} ilike ${like}`, inArray(subjects.id, viaAlias)))
      .orderBy(asc(sql`length(${subjects.name})`), asc(subjects.id))
      .limit(q.limit);
  } else if (q.type === "dataset") {
    const viaAlias = db
      .select({ id: datasetAliases.datasetId })
      .from(datasetAliases)
      .where(sql`${datasetAliases.alias} ilike ${like}`);
    rows = await db
      .select({ id: datasets.id, name: datasets.name })
      .from(datasets)
      .where(or(sql`${datasets.name} ilike ${like}`, inArray(datasets.id, viaAlias)))
      .orderBy(asc(sql`length(${datasets.name})`), asc(datasets.id))
      .limit(q.limit);
  } else {
    rows = await db
      .select({ id: metrics.id, name: metrics.name })
      .from(metrics)
      .where(or(sql`${metrics.name} ilike ${like}`, sql`${metrics.display} ilike ${like}`))
      .orderBy(asc(sql`length(${metrics.name})`), asc(metrics.id))
      .limit(q.limit);
  }
  const counts = new Map<number, number>();
  if (rows.length) {
    const ids = rows.map((r) => r.id);
    const col = q.type === "subject" ? claims.subjectId : q.type === "dataset" ? claims.datasetId : claims.metricId;
    const cs = await db
      .select({ id: col, n: sql<number>`count(*)::int` })
      .from(claims)
      .where(inArray(col, ids))
      .groupBy(col);
    for (const c of cs) if (c.id !== null) counts.set(c.id, Number(c.n));
  }
  return { items: rows.map((r) => ({ id: r.id, name: r.name, claimCount: counts.get(r.id) ?? 0 })) };
}
