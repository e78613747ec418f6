import { looksLikePwc } from "../imports/pwc.js";
import { looksLikeDailyPapers } from "./daily-papers.js";

export const SOURCE_FORMATS = ["daily-papers", "jsonl", "json", "pwc"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** Guesses a source's format from its name and first bytes; null when nothing fits. */
export function detectFormat(fileName: string, head: string): SourceFormat | null {
  const name = fileName.toLowerCase();
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (looksLikePwc(start)) return "pwc";
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) return name.endsWith(".json") && !/}\s*\r?\n\s*{/.test(start) ? "json" : "jsonl";
  if (looksLikeDailyPapers(head)) return "daily-papers";
  return null;
}
