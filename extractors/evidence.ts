/**
 * Helpers that explain a stored claim from its abstract: the whole sentence around the evidence, and
 * the number as the paper wrote it ("2.10", not 2.1), for display.
 */

/** The sentence of `text` holding [start, end): from the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || end < start) return "";
  // Look at most 600 characters either way: abstracts can be one huge "sentence".
  const from = Math.max(0, start - 600);
  const before = text.slice(from, start);
  let cut = -1;
  for (const m of before.matchAll(/[.?!]\s+(?=[A-Z0-9(["'])/g)) cut = m.index + m[0].length;
  const after = text.slice(end, end + 600);
  const stop = after.search(/[.?!](\s|$)/);
  return text.slice(cut < 0 ? from : from + cut, stop < 0 ? end + after.length : end + stop + 1).trim();
}

const NUMBER = /[-+−]?\d[\d,]*(?:\.\d+)?/g;

/** The digits in `evidence` that make `value`, as written; null when none does (number words, scaled units). */
export function valueAsWritten(evidence: string, value: number): string | null {
  for (const m of evidence.matchAll(NUMBER)) {
    const text = m[0].replace(/^\+/, "").replace("−", "-");
    const n = Number(text.replace(/,/g, ""));
    if (n === value || n === -value) return text.replace(/^-/, value < 0 ? "-" : "");
  }
  return null;
}
