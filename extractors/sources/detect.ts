import { detectTableFormat } from "../tables/detect.js";
import { looksLikeClaimsJsonl } from "./claims-jsonl.js";
import { looksLikeDailyPapers } from "./daily-papers.js";

export const SOURCE_FORMATS = [
  "daily-papers",
  "jsonl",
  "json",
  "pwc",
  "arxiv-atom",
  "arxiv-snapshot",
  "model-index",
  "claims-jsonl",
] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Guesses a source's format from its name and first bytes; null when nothing fits. */
export function detectFormat(fileName: string, head: string): SourceFormat | null {
  const name = fileName.toLowerCase();
  const start = head.replace(/^\uFEFF/, "").trimStart();
  // Claimboard's own claims export names its lines' type: checked before anything else reads them as papers.
  const firstLine = start.slice(0, start.indexOf("\n") < 0 ? undefined : start.indexOf("\n"));
  if (looksLikeClaimsJsonl(firstLine)) return "claims-jsonl";
  // Table and arXiv formats first: an arXiv snapshot is JSON Lines too, but says more than title and abstract.
  const table = detectTableFormat(fileName, head);
  if (table) return table;
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) return name.endsWith(".json") && !/}\s*\r?\n\s*{/.test(start) ? "json" : "jsonl";
  if (looksLikeDailyPapers(head)) return "daily-papers";
  return null;
}
