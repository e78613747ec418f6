import type { TableFormat } from "./types.js";

/**
 * Which table importer reads a file, from its name and first bytes (a few KB are enough); null when
 * none fits. The content decides when name and content disagree, except that a ".json" named like a PwC
 * export is PwC even if its head was cut before any telling key.
 */
export function detectTableFormat(fileName: string, head: string): TableFormat | null {
  const name = fileName.toLowerCase().replace(/^.*[\\/]/, "");
  const start = head.replace(/^\uFEFF/, "").trimStart();

  if (start.startsWith("<")) {
    return /<feed[\s>]/.test(start) || /http:\/\/www\.w3\.org\/2005\/Atom/.test(start) ? "arxiv-atom" : null;
  }
  if (start.startsWith("---") || /^model-index\s*:/m.test(start) || /\.(ya?ml|md)$/.test(name)) {
    return /^model-index\s*:/m.test(start) ? "model-index" : null;
  }
  if (start.startsWith("{")) {
    const firstLine = start.slice(0, start.indexOf("\n") < 0 ? undefined : start.indexOf("\n"));
    // The snapshot's records carry fields no paper list of ours has.
    if (/"versions"\s*:|"authors_parsed"\s*:|"submitter"\s*:/.test(firstLine) && /"id"\s*:/.test(firstLine))
      return "arxiv-snapshot";
    if (looksLikePwc(start)) return "pwc";
    return null;
  }
  if (start.startsWith("[")) {
    if (looksLikePwc(start)) return "pwc";
    return /^evaluation-tables.*\.json$/.test(name) ? "pwc" : null;
  }
  return null;
}

function looksLikePwc(start: string): boolean {
  if (/"datasets"\s*:/.test(start) && /"(?:dataset|sota|task|subtasks|categories)"\s*:/.test(start)) return true;
  // A long task description can push "datasets" past the head.
  return /"task"\s*:/.test(start) && /"(?:categories|synonyms|subtasks|description)"\s*:/.test(start);
}
