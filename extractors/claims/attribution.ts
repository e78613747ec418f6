import { entityKey, knownDataset } from "../names.js";
import { sameSystem } from "./setting.js";
import { isNameLike } from "./entities.js";

/**
 * Numbers in a sentence that belong to another system than the one it is about: "compared to the original
 * 81.8%", "matching the Oracle baseline (98.0%)", "outperforming role-play baselines, which score 80%". The
 * text right before the number names whose it is; a leaderboard must not credit it to the paper's method.
 */

const OTHER_HEAD = String.raw`(?:original(?:\s+(?:model|method|version|policy))?|baselines?|oracle(?:\s+baseline)?|vanilla(?:\s+[\w\-]+)?|base\s+model|teacher(?:\s+model)?|upper\s+bound|previous\s+(?:best|state[- ]of[- ]the[- ]art|sota)|prior\s+(?:best|state[- ]of[- ]the[- ]art|sota|work)|(?:strongest|best|second[- ]best)\s+baseline|human(?:s|\s+experts?|\s+performance)?)`;

// "compared to the original 81.8%", "over the previous best of 71.2%", "than the baseline's 65%".
const COMPARED_TO = new RegExp(
  String.raw`\b(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|than|over|against|matching|match(?:es)?|approach(?:es|ing)?|exceed(?:s|ing)?|surpass(?:es|ing)?|beat(?:s|ing)?|outperform(?:s|ing)?)\s+(?:that\s+of\s+)?(?:the\s+|an?\s+|its\s+|their\s+)?((?:[\w\-+.]+\s+){0,2}?${OTHER_HEAD})(?:'s)?(?:\s+(?:score|accuracy|result|performance))?\s*(?:of\s+|at\s+|with\s+)?\(?\s*$`,
  "i",
);
// "the Oracle baseline (98.0%)", "human performance (95.1%)", "ByT5 baseline (5.4%)".
const NAMED_OTHER = new RegExp(
  String.raw`\b((?:the\s+)?(?:[\w\-+.]+\s+){0,2}?${OTHER_HEAD})(?:'s)?\s*(?:\(|:|at|of|=|with)\s*$`,
  "i",
);
// "outperforming homogeneous role-play baselines, which score 80%".
const WHICH_SCORE =
  /\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|over|compared\s+(?:to|with))\s+(?:the\s+)?((?:[\w\-+.]+\s+){0,5}?[\w\-+.]+),?\s+(?:which|who|that)\s+(?:only\s+)?(?:scores?|achieves?|reach(?:es)?|obtains?|attains?|gets?|yields?)\s+(?:only\s+|just\s+)?$/i;

// "where the initial reasoner already achieves 95.60%", "the best baseline model (LLaMA-Large) achieving only 67%".
const OTHER_ACTS =
  /\b((?:the\s+)?(?:[\w-]+\s+){0,2}?(?:baselines?|original|initial|base|vanilla|teacher|reference|untuned|unmodified|pre-?trained)(?:\s+[\w-]+)?)(?:\s*\(([^()]{1,40})\))?\s+(?:already\s+|only\s+)?(?:achiev\w*|reach\w*|scor\w*|attain\w*|obtain\w*|gets?|yield\w*)\s+(?:only\s+|just\s+|an?\s+(?:\w+\s+)?(?:of\s+)?)?$/i;

/** The other system a number belongs to, from the words right before it in its clause; null when it is the subject's. */
function otherSystemBefore(left: string): string | null {
  const tail = left.slice(-120);
  const acts = OTHER_ACTS.exec(tail);
  if (acts?.[1])
    return (acts[2] ?? acts[1]).replace(/^(?:(?:where|which|while|when|whereas|and|but|the|an?)\s+)+/i, "").trim();
  const mt = WHICH_SCORE.exec(tail) ?? COMPARED_TO.exec(tail) ?? NAMED_OTHER.exec(tail);
  if (!mt?.[1]) return null;
  return mt[1]
    .replace(/^(?:the|an?|its|their)\s+/i, "")
    .replace(/'s$/, "")
    .trim();
}

// "comparable to ConvNext-B (91.92%)", "ByT5 (5.4%)": a named system with its number in brackets.
// "compared to the pretrained VAR-d30 (FID 1.95)": a metric may stand inside the bracket before the number.
const NAME_IN_BRACKETS =
  /(?<![\w-])([A-Z][\w\-.+]*\d[\w\-.+]*|[A-Z][a-z]*[A-Z][\w\-.+]*)(?:\s+(?:baseline|model))?\s*\(\s*(?:[A-Za-z][\w@-]{0,10}\s*(?:=|:|of)?\s*)?$/;
// "outperforming the 1B-parameter SFD-XXL result of FID 1.04", "surpassing the WizardMath pipeline at
// 70.9%": a named system after a comparison word owns the number that follows it (not "by x%", a margin).
const COMPARED_NAMED =
  /\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?([A-Z][\w\-.+]*)(?:'s)?(?:\s+(?:pipeline|model|method|baseline|system|approach))?(?:\s+(?:result|score|accuracy|performance))?\s*(?:(?:of|at|with|=|:)\s*)?(?:[A-Z][A-Za-z]{1,7}\s*(?:of|=|:)?\s*)?\(?\s*$/;

/** The system whose number sits in brackets right after its name, or follows it after a comparison; null if none. */
function bracketedSystemBefore(left: string): string | null {
  const tail = left.slice(-90);
  const named = NAME_IN_BRACKETS.exec(tail)?.[1] ?? COMPARED_NAMED.exec(tail)?.[1] ?? null;
  return named !== null && isNameLike(named) ? named : null;
}

const COMPARED_BARE =
  /\b(?:compared\s+(?:to|with)|relative\s+to|as\s+opposed\s+to|versus|vs\.?)\s+(?:only\s+|just\s+|~)?$/i;
const SIZE_ONLY = /^~?\d+(?:\.\d+)?\s?[KMBT]$/i;

export interface NumberContext {
  /** The system and base model the sentence's reading gives the number so far. */
  subject: string | null;
  model: string | null;
  /** Names the paper gives its own systems, and its main one. */
  own: readonly string[];
  paperSubject: string | null;
  /** The number starts a "from x to y" pair. */
  pairStart: boolean;
  /** The baseline named near a pair's start, if any. */
  baseline: string | null;
  /** The clause before the number's group, and before the number itself. */
  groupLeft: string;
  left: string;
  /** Words that name metrics or the number's dataset here: never a system. */
  notSystems: readonly string[];
}

/**
 * Whose number it is: the system (and base model) a leaderboard may credit it to. `other` is set when
 * the words before it give it to another system than the sentence's subject; `reassigned` whenever the
 * number was taken from the sentence's subject for another system (a baseline, a compared or base model):
 * a number the paper quotes or measured for someone else's system, not one it reports for its own.
 */
export function whoseNumber(n: NumberContext): {
  subject: string | null;
  model: string | null;
  other: string | null;
  reassigned: boolean;
} {
  let { subject, model } = n;
  let reassigned = false;
  // "improves from 54.0% to 66.1% for AraGPT2-Base": the starting value is the base model's (or the named
  // baseline's) own number, never the method's.
  if (n.pairStart) {
    [subject, model] = [model ?? n.baseline, null];
    reassigned = subject !== null;
  }
  // "compared to the original 81.8%", "baselines, which score 80% and 65.9%": another system's number.
  const other = otherSystemBefore(n.groupLeft);
  if (other !== null) {
    [subject, model] = [other, null];
    reassigned = true;
  } else {
    // "comparable to ConvNext-B (91.92%)": the bracketed number is that system's, unless the name is the
    // paper's own, a metric, the dataset ("GSM8K (98.1%)") or the base model the method ran on.
    const named = bracketedSystemBefore(n.left);
    const notSystem = (x: string) =>
      n.notSystems.some((w) => entityKey(w) === entityKey(x)) || knownDataset(x) !== undefined;
    if (
      named !== null &&
      !notSystem(named) &&
      !sameSystem(named, subject, n.own) &&
      !(model !== null && entityKey(model) === entityKey(named))
    ) {
      [subject, model] = [named, null];
      reassigned = true;
    } else if (named === null && !n.pairStart && COMPARED_BARE.test(n.left.slice(-40))) {
      // "to as low as 45%, compared to 77% on the original MATH": the number after a bare comparison is the
      // compared setting's, whose system the words do not name.
      [subject, model] = [null, null];
    }
  }
  // "a 1.5B model achieves": a size alone names nothing.
  if (subject !== null && SIZE_ONLY.test(subject)) {
    subject = n.paperSubject;
    reassigned = false;
  }
  if (model !== null && SIZE_ONLY.test(model)) model = null;
  // A model scored with no method named is itself the system.
  if (subject === null && model !== null) [subject, model] = [model, null];
  return { subject, model, other, reassigned: reassigned && subject !== null };
}
