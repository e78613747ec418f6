/**
 * Qualifier ("up to", "over", "~", "on average") and kind (absolute / delta / ratio) of a
 * number, read from the words right around it.
 */
import type { Kind, Qualifier, Unit } from "../types.js";

// Each pattern is anchored at the end of the text before the number; fillers such as
// "a factor of" may sit between the operator and the number.
const FILLER = String.raw`(?:\s*(?:a|an|the|only|just|factor\s+of|maximum\s+of|of|by|reach|reaching)\b)*\s*~?\s*`;
const BEFORE: Array<[RegExp, Qualifier]> = [
  [
    new RegExp(
      String.raw`(?:\bup\s*to|\bupto|\bat\s+most|\bmaximum\s+of|\bmax(?:imum)?\.?|\bas\s+(?:much|high|many|large|fast|low)\s+as|\bdown\s+to|\bpeak(?:s|ing)?\s+(?:at|of)|\bwithin)${FILLER}$`,
      "i",
    ),
    "up_to",
  ],
  [new RegExp(String.raw`(?:\bat\s+least|≥|>=|\bno\s+less\s+than|\bminimum\s+of)${FILLER}$`, "i"), "at_least"],
  [
    new RegExp(
      String.raw`(?:\bmore\s+than|\bover|\bgreater\s+than|\bexceed(?:s|ing)?|\babove|(?<![-=])>|\bbeyond|\bin\s+excess\s+of|\bhigher\s+than)${FILLER}$`,
      "i",
    ),
    "more_than",
  ],
  [
    new RegExp(
      String.raw`(?:\bless\s+than|\bunder|\bbelow|\bfewer\s+than|<(?![-=])|\blower\s+than|≤|<=|\bsub-)${FILLER}$`,
      "i",
    ),
    "less_than",
  ],
  [
    new RegExp(
      String.raw`(?:\bapproximately|\bapprox\.?|\babout|\baround|\broughly|\bnearly|\balmost|\bclose\s+to|~|≈|\bestimated|\bsome|\bapprox)${FILLER}$`,
      "i",
    ),
    "approx",
  ],
];
const AVERAGE_BEFORE =
  /\b(?:average[ds]?|averaging|avg\.?|mean|median)\b(?:\s+[\w\-()]+){0,7}\s*(?:of|is|=|:|by)?\s*(?:only\s+|about\s+)?$/i;
const AVERAGE_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}(?:on\s+(?:the\s+)?average|in\s+average|on\s+avg|averaged|average\b|avg\b|mean\b)/i;

/** Qualifier written just before a number (left text must end where the number starts). */
export function qualifierBefore(left: string): Qualifier | null {
  const tail = left.length > 48 ? left.slice(-48) : left;
  for (const [re, q] of BEFORE) if (re.test(tail)) return q;
  return null;
}

export function averageAround(left: string, right: string): boolean {
  const tail = left.length > 60 ? left.slice(-60) : left;
  return AVERAGE_BEFORE.test(tail) || AVERAGE_AFTER.test(right.slice(0, 40));
}

// Words that make a number a change against something.
const DELTA_CUE =
  /\b(?:improv\w*|increas\w*|gains?|boost\w*|reduc\w*|decreas\w*|drops?|dropp\w*|lower|higher|better|worse|fewer|less|more|outperform\w*|surpass\w*|exceed\w*|beat\w*|faster|slower|sav(?:e|es|ed|ing|ings)|cuts?|cutting|degrad\w*|relative|absolute|enhanc\w*|augment\w*|lifts?|speed\s*up|speedups?|speed-up|margin|above|below|ahead|advantage|smaller|larger|shorter|over\s+the|\+|deteriorat\w*|loss|losses|fall|falls|accelerat\w*|raises?|raising|jumps?|uplift)\b/i;
const RATIO_OF = /^\s*(?:of|the)\b(?!\s+(?:approximately|about|only|\d))/i;
const REDUCE_VERB =
  /\b(?:reduc\w*|sav\w*|cut\w*|decreas\w*|lower\w*|shrink\w*|drops?|prun\w*|remov\w*|eliminat\w*|compress\w*|improv\w*|increas\w*|boost\w*)\b[^,;]{0,60}$/i;
const TO_AFTER_REDUCE =
  /\b(?:reduc\w*|cut\w*|compress\w*|shrink\w*|lower\w*|decreas\w*|down)\b[^,;]{0,60}(?<!\bup\s)\bto\s*(?:only\s+|just\s+|less\s+than\s+|~|about\s+|approximately\s+)?$/i;
const RESOURCE_NOUN =
  /^\s*(?:overall\s+|total\s+|fewer\s+|trainable\s+|learnable\s+|additional\s+)?(?:the\s+)?(?:tokens?|parameters|params|flops|compute|computations?|memory|cost|calls|storage|training\s+(?:cost|budget|time|steps|data)|data|annotations?|labels?|samples|time|energy|number\s+of)\b/i;

export interface KindInput {
  unit: Unit | null;
  word: boolean;
  signed: "" | "+" | "-";
  /** Sentence text before the number, from the clause start. */
  left: string;
  /** Sentence text after the number (unit included in the number), to the next number or clause end. */
  right: string;
  metric: string;
  /** Part of a "from X to Y" / "X vs Y" pair: both ends are levels. */
  pairEnd: boolean;
  /** Written in parentheses after a name: "Vanilla BYOL (71.04%)". */
  parenthesized: boolean;
}

const LEVEL_UNITS = new Set([
  "ms",
  "s",
  "min",
  "h",
  "days",
  "KB",
  "MB",
  "GB",
  "TB",
  "K",
  "M",
  "B",
  "T",
  "FPS",
  "tokens/s",
]);

export function kindOf(k: KindInput): Kind {
  if (k.unit === "x" || k.word) return "ratio";
  if (k.pairEnd) return "absolute";
  if (k.unit === "pp") return "delta";
  const leftTail = k.left.slice(-70);
  if (k.unit === "%") {
    // "maintaining 99.9% performance on MMLU", "preserving 99.4% of its quality": a share of another
    // score kept, not a score.
    if (
      /\b(?:maintain\w*|preserv\w*|retain\w*|recover\w*|keep\w*|kept)\s+(?:about\s+|over\s+|nearly\s+|roughly\s+|approximately\s+|~)?$/i.test(
        leftTail,
      ) &&
      /^\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:performance|accuracy|quality|capabilit\w+|utility|score)/i.test(
        k.right,
      )
    )
      return "ratio";
    // "only 20% of the parameters", "retains 99.7% of", "reduce ... to 50%", "with 27.4% tokens".
    if (RATIO_OF.test(k.right) && !REDUCE_VERB.test(leftTail)) return "ratio";
    if (TO_AFTER_REDUCE.test(leftTail)) return "ratio";
    if (
      RESOURCE_NOUN.test(k.right) &&
      !/^\s*(?:fewer|less|more|lower|higher)/i.test(k.right) &&
      !REDUCE_VERB.test(leftTail) &&
      !DELTA_CUE.test(k.right.slice(0, 30))
    )
      return "ratio";
  }
  if (k.signed) return "delta";
  if (k.parenthesized) return "absolute";
  // Times, sizes and rates are levels unless written as a change ("by 5.93 GB", "30 GB less").
  if (k.unit !== null && LEVEL_UNITS.has(k.unit)) {
    if (
      /\bby\s*(?:up\s+to\s+|over\s+|about\s+|~)?$/i.test(leftTail) ||
      /^\s*(?:less|fewer|more|lower|higher|smaller|larger|reduction|savings?|decrease|increase|faster|slower)\b/i.test(
        k.right,
      )
    )
      return "delta";
    return "absolute";
  }
  if (
    /\bby\s*(?:up\s+to\s+|over\s+|more\s+than\s+|about\s+|approximately\s+|nearly\s+|roughly\s+|only\s+|~|a\s+factor\s+of\s+|an?\s+average\s+of\s+|at\s+least\s+|less\s+than\s+|as\s+much\s+as\s+)*$/i.test(
      leftTail,
    )
  )
    return "delta";
  // "improves accuracy to 94.1%", "lifting it to 80%": the level reached, not the change.
  if (
    /(?<!\bup\s)(?<!\bclose\s)(?<!\branging\sfrom\s[^\s]+\s)\bto\s*(?:only\s+|just\s+|about\s+|nearly\s+|approximately\s+|around\s+|roughly\s+|~|over\s+|above\s+)?$/i.test(
      leftTail,
    ) &&
    !/^\s*(?:higher|lower|more|less|fewer|better|worse|improvement|gains?|increase|decrease|reduction|boost|drop)\b/i.test(
      k.right,
    )
  )
    return "absolute";
  // Only a cue in the first words after the number belongs to it ("15% higher", "0.38% drop").
  const rightHead = (k.right.slice(0, 40).split(/[,;]|\b(?:and|while|which|whereas)\b/)[0] ?? "")
    .split(/\s+/)
    .slice(0, 4)
    .join(" ");
  // A cue inside a closed bracket belongs to the bracket: "(+26.35 mAP over the best baseline), 98.0% mAP".
  const leftNear = k.left.slice(-45).replace(/^.*\)/s, "");
  if (DELTA_CUE.test(rightHead) || DELTA_CUE.test(leftNear)) {
    // "achieves 91.74% accuracy, a 1.1% improvement": the cue must belong to this number, not a later clause.
    return "delta";
  }
  return "absolute";
}
