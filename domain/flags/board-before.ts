import { asPercentOnBoard, baseValue, better } from "./compare.js";
import type { ClaimFact } from "./types.js";

export interface BoardEntry {
  claim: ClaimFact;
  /** The value the board ranks by: base units, and on a percentage board a fraction (0.96) as 96. */
  rankValue: number;
}

/** The value a claim ranks with on its board, as the leaderboard ranks it. */
export function rankValueOn(board: readonly ClaimFact[], c: ClaimFact): number {
  const percent = board.some((o) => o.unit === "%");
  return asPercentOnBoard(c.value, c.unit, percent) ?? baseValue(c.value, c.unit);
}

/**
 * The board of one benchmark (dataset variant, metric variant, setting) as it stood before a day: the best
 * claim of each system (subject and base model) from papers dated strictly before it, leaving out claims
 * without a named system and those held off boards by an open flag (`held`). Best first.
 */
export function boardBefore(board: readonly ClaimFact[], day: string, held: ReadonlySet<number>): BoardEntry[] {
  const best = new Map<string, BoardEntry>();
  for (const c of board) {
    if (c.subjectId === null || !c.paperDate || c.paperDate >= day || held.has(c.id)) continue;
    const entry = { claim: c, rankValue: rankValueOn(board, c) };
    const key = `${c.subjectId}|${c.modelId ?? ""}`;
    const prev = best.get(key);
    if (!prev || better(entry.rankValue, prev.rankValue, c.direction)) best.set(key, entry);
  }
  return [...best.values()].sort((a, b) =>
    better(a.rankValue, b.rankValue, a.claim.direction)
      ? -1
      : better(b.rankValue, a.rankValue, a.claim.direction)
        ? 1
        : 0,
  );
}
