/**
 * GitHub-flavoured Markdown tables for wikis that take Markdown. A cell is text: characters Markdown would
 * read as markup (emphasis, links, HTML, the cell bar) are backslash-escaped and line breaks become spaces,
 * so a title can neither break the table nor add a link or a tag to the page it is pasted into.
 */

const MARKUP = /[\\`*_[\]<>|~#!]/g;

/** Text as one table cell, shown as written. */
export function markdownCell(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(MARKUP, (c) => `\\${c}`)
    .trim();
}

/** A link for a cell, or the escaped text alone when the URL is not http(s). */
export function markdownLink(text: string, url: string | null): string {
  const label = markdownCell(text);
  if (!url || !/^https?:\/\//i.test(url)) return label;
  // Characters that would end the link destination or the cell are percent-encoded.
  const target = url
    .trim()
    .replace(/[\s()<>|\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${label}](${target})`;
}

/** A table: a header row, the delimiter row (numeric columns right-aligned), one row per record. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: ReadonlySet<number> = new Set(),
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |\n`;
  return (
    line(header.map(markdownCell)) +
    line(header.map((_, i) => (rightAligned.has(i) ? "---:" : "---"))) +
    rows.map(line).join("")
  );
}
