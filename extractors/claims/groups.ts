/**
 * Groups of numbers that share one metric: lists ("4.86x and 2.18x"), ranges ("2-5%",
 * "ranging from 3% to 20%") and pairs ("from 36.2% to 40.7%", "6.8B vs 13.1B").
 */
import type { Mention } from "./numbers.js";

type Role = "single" | "list" | "range_low" | "range_high" | "pair";

export interface Item {
  m: Mention;
  role: Role;
}

export interface Group {
  items: Item[];
  start: number;
  end: number;
}

// "10.93--32.82%": LaTeX writes an en dash as "--".
const RANGE_GAP = /^\s?(?:-{1,3}|–|—|~|to)\s?$/;
const RANGE_GAP_WORDS = /^\s+(?:to|and)\s+$/;
const LIST_GAP = /^\s*(?:,\s*(?:and|or)?|and|or|\/|;)\s*$/;
const PAIR_GAP =
  /^\s*(?:vs\.?|versus|→|->|to)\s*(?:only\s+|just\s+|less\s+than\s+|more\s+than\s+|over\s+|~|about\s+)?$/;

const CHANGE_AFTER =
  /^\s*(?:relative\s+|absolute\s+|average\s+)?(?:improvements?|gains?|increases?|reductions?|decreases?|boosts?|drops?|speed-?ups?|higher|lower|better|worse|fewer|less|more|faster|slower)\b/i;

export function groupMentions(s: string, ms: readonly Mention[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | null = null;
  for (const m of ms) {
    const last = cur?.items[cur.items.length - 1];
    if (cur && last) {
      const gap = s.slice(last.m.end, m.start);
      const leftOfLast = s.slice(Math.max(0, last.m.start - 24), last.m.start);
      const compatible = last.m.unit === m.unit || last.m.unit === null || (last.m.unit === "%" && m.unit === "pp");
      // "gains of 10.93% to 32.82%", "by 3% to 5%": a range of changes, not a level before and after ("by 4.3%
      // and 5.0%, respectively" stays a list).
      const changeRange =
        /\b(?:gains?|improvements?|increases?|boosts?|reductions?|drops?|speedups?)\s+of\s*$|\bby\s*$/i.test(
          leftOfLast,
        ) && /^\s+to\s+$/.test(gap);
      // "a 2.5% to 13.7% improvement in mAP": the change named right after the pair makes it a range of changes.
      const changeAfter =
        /^\s+to\s+$/.test(gap) && !/\bfrom\s*$/i.test(leftOfLast) && CHANGE_AFTER.test(s.slice(m.end, m.end + 40));
      const rangeWords =
        /(?:rang\w*|var\w*|span\w*)\s+from\s*$|between\s*$/i.test(leftOfLast) || changeRange || changeAfter;
      if (
        !last.m.word &&
        !m.word &&
        compatible &&
        ((RANGE_GAP.test(gap) &&
          !/from\s*$/i.test(leftOfLast) &&
          (!/to/.test(gap) || last.m.unit === null || m.unit === "x")) ||
          (rangeWords && RANGE_GAP_WORDS.test(gap)))
      ) {
        // "3-4x", "25-50%", "1.1-3x": the low end takes the unit of the high end.
        if (last.m.unit === null && m.unit !== null) last.m = { ...last.m, unit: m.unit, unitText: m.unitText };
        last.role = "range_low";
        cur.items.push({ m, role: "range_high" });
        cur.end = m.end;
        continue;
      }
      if (
        !last.m.word &&
        !m.word &&
        PAIR_GAP.test(gap) &&
        (compatible || m.unit === last.m.unit) &&
        (/from\s*$/i.test(leftOfLast) || /vs|versus|→|->|to/.test(gap))
      ) {
        last.role = "pair";
        cur.items.push({ m, role: "pair" });
        cur.end = m.end;
        continue;
      }
      if (LIST_GAP.test(gap) && !m.word && !last.m.word) {
        if (last.role === "single") last.role = "list";
        cur.items.push({ m, role: "list" });
        cur.end = m.end;
        continue;
      }
    }
    cur = { items: [{ m, role: "single" }], start: m.start, end: m.end };
    groups.push(cur);
  }
  return groups;
}
