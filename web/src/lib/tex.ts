import { latexToText, mathDollarIndices } from "../../../extractors/latex-text";

/** Titles, names and sentences as plain text: LaTeX markup turned into Unicode (A\textsuperscript{2}FM → A²FM). */
export const tex = latexToText;

/**
 * The piece [start, end) of a text shown alone as plain text. The text's math dollars are dropped first, so a
 * piece cut inside "$82.6\%$" reads "82.6%" and its neighbours keep no stray "$". Offsets stay those of the
 * text as stored; only what is shown changes.
 */
export function texPiece(
  full: string,
  start: number,
  end: number,
  dollars: ReadonlySet<number> = mathDollarIndices(full),
): string {
  let raw = "";
  for (let i = start; i < end; i++) if (!dollars.has(i)) raw += full[i];
  return latexToText(raw);
}

export { mathDollarIndices };
