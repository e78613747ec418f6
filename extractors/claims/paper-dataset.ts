/**
 * The dataset a paper's results are about when a sentence does not say: the one benchmark the abstract
 * names, or the benchmark the paper itself introduces ("OOD-MMSafe: ... Benchmark"). Numbers of such
 * sentences ("diagnostic accuracies of 62.8%", "the best reaches only 68.7%") belong to that dataset, and a
 * benchmark's own name is never the system scored on it.
 */
import { entityKey, knownDataset } from "../names.js";
import { isNameLike } from "./entities.js";

// "X: A Benchmark for ...", "X: Evaluating ...", "X Bench", "X-Gym": the title introduces an evaluation set.
const BENCHMARK_TITLE =
  /\b(?:benchmark\w*|dataset|corpus|suite|testbed|test\s+bed|leaderboard|arena|evaluation\s+(?:set|framework|suite))\b/i;
const BENCHMARK_NAME = /(?:bench|gym|arena|qa|eval|test)(?:[\s-]?\d+(?:\.\d+)*)?$/i;
const TITLE_PREFIX = /^\s*([^:]{2,40}?)\s*:\s+\S/;

/** The evaluation set the title introduces, as written ("Workspace-Bench 1.0" -> "Workspace-Bench"), or null. */
export function introducedBenchmark(title: string): string | null {
  const mt = TITLE_PREFIX.exec(title);
  if (!mt) return null;
  const name = (mt[1] ?? "").trim().replace(/\s+v?\d+(?:\.\d+)*$/i, "");
  const words = name.split(/\s+/);
  const head = words[0] ?? "";
  // "When Identities Collapse: ..." is a phrase, not a name: a name is one or two words, or holds a name-like one.
  if (
    words.length > 3 ||
    (words.length > 1 && !words.some(isNameLike)) ||
    !(isNameLike(head) || /^[A-Z][a-z]+$/.test(head))
  )
    return null;
  if (!BENCHMARK_TITLE.test(title.slice(mt[0].length - 1)) && !BENCHMARK_NAME.test(name)) return null;
  return name;
}

export interface DatasetMention {
  text: string;
  key: string;
}

/** Key under which two spellings of one dataset meet. */
export function datasetKey(text: string): string {
  return entityKey(knownDataset(text) ?? text);
}

/**
 * The dataset every unlabelled result of the abstract can take: the only one it names (the introduced
 * benchmark counts as named), else null.
 */
export function soleDataset(mentions: readonly DatasetMention[]): string | null {
  const keys = new Set(mentions.map((m) => m.key));
  if (keys.size !== 1) return null;
  return mentions[0]!.text;
}
