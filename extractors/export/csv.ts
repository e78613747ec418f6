/**
 * CSV per RFC 4180: fields with a comma, quote, CR or LF are quoted and inner quotes doubled; lines end
 * with CRLF. Text cells are also defused against CSV/formula injection: a spreadsheet runs a cell that
 * starts with = + - @ (or a tab/CR that hides one) as a formula, so such a cell gets a leading
 * apostrophe (OWASP's advice). Numbers are written as numbers and never touched: "-1.5" is a value.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as text, never evaluates. */
function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell: null is empty, a number is written as is, a string is defused and quoted when needed. */
function csvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return quote(defuseFormula(cell));
}

export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** The header row: column names are ours, so only quoting applies. */
export function csvHeader(names: readonly string[]): string {
  return `${names.map(quote).join(",")}\r\n`;
}
