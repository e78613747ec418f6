import { asPercentOnBoard, formatValue } from "./compare.js";
import { groupBy } from "./group-by.js";
import type { ClaimFact, FlagCandidate } from "./types.js";

/** Systems a board needs before a leader can be said to stand apart from the rest. */
const MIN_SYSTEMS = 5;
/** How many times the usual gap between neighbours the leader's lead must be. */
const GAP_FACTOR = 4;
/** ...and at least this share of the runner-up's value, so ties of rounding never count. */
const MIN_RELATIVE_LEAD = 0.02;
/** Leaders examined per board: after one is held back, the next may stand apart too. */
const MAX_HELD = 3;

interface Best {
  claim: ClaimFact;
  /** On a percentage board a fraction (0.96) ranks as 96, as the leaderboard ranks it. */
  rankValue: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * OUTLIER: an extracted number that leads its board by far more than entries usually differ ("137.6% on
 * AIME 2024" from "improves ... by 137.59%") is more often a misreading than a breakthrough. It is held off
 * the default board until a reviewer accepts it; imported and reviewed numbers are never held.
 */
export function outlierFlags(claims: ClaimFact[]): FlagCandidate[] {
  const boards = groupBy(claims, (c) => (c.kind === "absolute" && c.subjectId !== null ? c.benchmarkId : null));
  const out: FlagCandidate[] = [];
  for (const board of boards.values()) {
    const lower = board[0]!.direction === "lower";
    const percent = board.some((c) => c.unit === "%");
    const bySystem = new Map<string, Best>();
    for (const c of board) {
      const rankValue = asPercentOnBoard(c.value, c.unit, percent) ?? c.value;
      const key = `${c.subjectId}|${c.modelId ?? ""}`;
      const cur = bySystem.get(key);
      if (!cur || (lower ? rankValue < cur.rankValue : rankValue > cur.rankValue))
        bySystem.set(key, { claim: c, rankValue });
    }
    const ranked = [...bySystem.values()].sort((a, b) =>
      lower ? a.rankValue - b.rankValue : b.rankValue - a.rankValue,
    );
    for (let held = 0; held < MAX_HELD && ranked.length >= MIN_SYSTEMS; held++) {
      const [top, second] = [ranked[0]!, ranked[1]!];
      const neighbours = ranked.slice(1, 11);
      const gaps = neighbours.slice(1).map((e, i) => Math.abs(e.rankValue - neighbours[i]!.rankValue));
      const usual = median(gaps);
      const lead = Math.abs(top.rankValue - second.rankValue);
      const c = top.claim;
      if (c.sourceKind !== "text" || c.reviewStatus !== null) break;
      if (lead <= GAP_FACTOR * usual || lead <= MIN_RELATIVE_LEAD * Math.max(Math.abs(second.rankValue), 1)) break;
      const times =
        usual > 0
          ? `${Math.round(lead / usual)} times the usual gap between neighbouring entries`
          : "while the entries below it are level";
      out.push({
        code: "OUTLIER",
        severity: "medium",
        scopeKey: `OUTLIER:claim:${c.id}`,
        benchmarkId: c.benchmarkId,
        paperId: c.paperId,
        explanation: `${formatValue(c.value, c.unit)} for ${c.subjectName ?? "an unnamed system"} in "${c.paperTitle}" leads the next entry (${formatValue(second.claim.value, second.claim.unit)}) by ${Number(lead.toPrecision(3))}, ${times}. An extracted number that far ahead is more often a misreading than a breakthrough: it stays off the default board until a reviewer accepts it.`,
        claimIds: [c.id],
      });
      ranked.shift();
    }
  }
  return out;
}
