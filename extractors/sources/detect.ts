import { detectTableFormat } from "../tables/detect.js";
import { looksLikeDailyPapers } from "./daily-papers.js";

export const SOURCE_FORMATS = ["daily-papers", "jsonl", "json", "pwc", "arxiv-atom", "arxiv-snapshot", "model-index"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Guesses a source's format from its name and first bytes; null when nothing fits. */
export function detectFormat(fileName: string, head: string): SourceFormat | null {
  const name = fileName.toLowerCase();
  const start = head.replace(/^\uFEFF/, "").trimStart();
  // Table and arXiv formats first: an arXiv snapshot is JSON Lines too, but says more than title and abstract.
  const table = detectTableFormat(fileName, head);
  if (table) return table;
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) return name.endsWith(".json") && !/}\s*\r?\n\s*{/.test(start) ? "json" : "jsonl";
  if (looksLikeDailyPapers(head)) return "daily-papers";
  return null;
}
