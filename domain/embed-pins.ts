import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client.js";
import { embedPins } from "../db/schema/index.js";
import type { Benchmark, LeaderboardEntry, SeriesPoint } from "../contracts/benchmarks.js";
import { getLeaderboard, getSeries } from "./benchmarks.js";

/** Entries kept per pin: as many as an embed may show (top ≤ 50). */
const PINNED_ENTRIES = 50;

export interface PinSnapshot {
  benchmark: Pick<
    Benchmark,
    | "id"
    | "dataset"
    | "metric"
    | "setting"
    | "direction"
    | "unit"
    | "absoluteCount"
    | "subjectCount"
    | "paperCount"
    | "updatedAt"
  >;
  entries: Pick<LeaderboardEntry, "rank" | "subject" | "value" | "valueText" | "unit" | "paper">[];
  points: Pick<SeriesPoint, "claimId" | "subject" | "value" | "valueText" | "unit" | "paper">[];
  truncated: boolean;
  /** The day the board was pinned as of, or null for the board as it stood when pinned. */
  asOf: string | null;
}

export interface Pin {
  id: string;
  benchmarkId: string;
  asOf: string | null;
  dataVersion: string;
  createdAt: string;
  snapshot: PinSnapshot;
}

/**
 * Freezes what a board's embeds show now (or as of a day) into a pin. The id hashes the snapshot, so the
 * same state pinned twice is one pin, and a changed board pins to a new id.
 */
export async function pinBoard(db: Database, benchmarkId: string, asOf?: string): Promise<Pin> {
  const moment = asOf ? { asOf } : {};
  const [board, series] = [await getLeaderboard(db, benchmarkId, moment), await getSeries(db, benchmarkId, moment)];
  const b = board.benchmark;
  const points = series.points.map(({ claimId, subject, value, valueText, unit, paper }) => ({
    claimId,
    subject,
    value,
    valueText,
    unit,
    paper,
  }));
  const entries = board.entries
    .slice(0, PINNED_ENTRIES)
    .map(({ rank, subject, value, valueText, unit, paper }) => ({ rank, subject, value, valueText, unit, paper }));
  // A board in the past is counted from what it showed then, not from today's totals.
  const counts = asOf
    ? {
        absoluteCount: points.length,
        subjectCount: board.entries.length,
        paperCount: new Set(points.map((p) => p.paper.id)).size,
      }
    : { absoluteCount: b.absoluteCount, subjectCount: b.subjectCount, paperCount: b.paperCount };
  const snapshot: PinSnapshot = {
    benchmark: {
      id: b.id,
      dataset: b.dataset,
      metric: b.metric,
      setting: b.setting,
      direction: b.direction,
      unit: b.unit,
      updatedAt: b.updatedAt,
      ...counts,
    },
    entries,
    points,
    truncated: series.truncated,
    asOf: asOf ?? null,
  };
  const id = createHash("sha256").update(JSON.stringify(snapshot)).digest("hex").slice(0, 24);
  await db
    .insert(embedPins)
    .values({ id, benchmarkId, asOf: asOf ?? null, dataVersion: new Date(b.updatedAt), snapshot })
    .onConflictDoNothing({ target: embedPins.id });
  return (await getPin(db, id))!;
}

export async function getPin(db: Database, id: string): Promise<Pin | null> {
  const [row] = await db.select().from(embedPins).where(eq(embedPins.id, id));
  if (!row) return null;
  return {
    id: row.id,
    benchmarkId: row.benchmarkId,
    asOf: row.asOf,
    dataVersion: row.dataVersion.toISOString(),
    createdAt: row.createdAt.toISOString(),
    snapshot: row.snapshot as PinSnapshot,
  };
}
