import { and, asc, count, desc, eq, inArray, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { claims, flagClaims, flags } from "../../db/schema/index.js";
import type { Flag, FlagCounts, FlagList, FlagQuery, FlagRef } from "../../contracts/flags.js";
import type { ClaimOut } from "../../contracts/claims.js";
import { selectClaims, toClaimOut } from "../claims.js";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { notFound } from "../errors.js";

type FlagRow = typeof flags.$inferSelect;

async function withClaims(db: Database, rows: FlagRow[]): Promise<Flag[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(flagClaims)
    .where(
      inArray(
        flagClaims.flagId,
        rows.map((r) => r.id),
      ),
    );
  const claimRows = links.length
    ? await selectClaims(db)
        .where(inArray(claims.id, [...new Set(links.map((l) => l.claimId))]))
        .orderBy(asc(claims.id))
    : [];
  const byId = new Map<number, ClaimOut>(claimRows.map((r) => [r.id, toClaimOut(r)]));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    severity: r.severity,
    status: r.status,
    explanation: r.explanation,
    benchmarkId: r.benchmarkId,
    paperId: r.paperId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    resolvedBy: r.resolvedBy,
    resolutionNote: r.resolutionNote,
    claims: links.filter((l) => l.flagId === r.id).flatMap((l) => byId.get(l.claimId) ?? []),
  }));
}

/** The review queue: newest first, filtered by status, code, severity, benchmark, paper or claim. */
export async function listFlags(db: Database, q: FlagQuery): Promise<FlagList> {
  const after = decodeCursor(q.cursor, z.tuple([z.number().int()]));
  const where: SQL[] = [];
  if (q.status) where.push(eq(flags.status, q.status));
  if (q.code) where.push(eq(flags.code, q.code));
  if (q.severity) where.push(eq(flags.severity, q.severity));
  if (q.benchmark) where.push(eq(flags.benchmarkId, q.benchmark));
  if (q.paper) where.push(eq(flags.paperId, q.paper));
  if (q.claim) {
    const ids = await db.select({ id: flagClaims.flagId }).from(flagClaims).where(eq(flagClaims.claimId, q.claim));
    if (ids.length === 0) return { items: [], nextCursor: null };
    where.push(
      inArray(
        flags.id,
        ids.map((r) => r.id),
      ),
    );
  }
  if (after) where.push(lt(flags.id, after[0]));
  const rows = await db
    .select()
    .from(flags)
    .where(and(...where))
    .orderBy(desc(flags.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await withClaims(db, page),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.id]) : null,
  };
}

export async function getFlag(db: Database, id: number): Promise<Flag> {
  const rows = await db.select().from(flags).where(eq(flags.id, id));
  if (rows.length === 0) throw notFound(`flag ${id}`);
  return (await withClaims(db, rows))[0]!;
}

export async function flagCounts(db: Database): Promise<FlagCounts> {
  const rows = await db
    .select({ code: flags.code, n: count() })
    .from(flags)
    .where(eq(flags.status, "open"))
    .groupBy(flags.code);
  return { open: rows.reduce((s, r) => s + r.n, 0), byCode: Object.fromEntries(rows.map((r) => [r.code, r.n])) };
}

/** Open flags per claim, for badges next to numbers. */
export async function openFlagsOfClaims(db: Database, claimIds: number[]): Promise<Map<number, FlagRef[]>> {
  const out = new Map<number, FlagRef[]>();
  if (claimIds.length === 0) return out;
  const rows = await db
    .select({
      claimId: flagClaims.claimId,
      id: flags.id,
      code: flags.code,
      severity: flags.severity,
      status: flags.status,
    })
    .from(flagClaims)
    .innerJoin(flags, eq(flags.id, flagClaims.flagId))
    .where(and(inArray(flagClaims.claimId, claimIds), eq(flags.status, "open")));
  for (const { claimId, ...ref } of rows) out.set(claimId, [...(out.get(claimId) ?? []), ref]);
  return out;
}
