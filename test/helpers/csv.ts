/**
 * A strict RFC 4180 reader for tests: quoted fields may hold commas, quotes (doubled) and line breaks;
 * records end with CRLF. Anything else (a bare quote inside an unquoted field, text after a closing
 * quote, a bare LF) throws, so a sloppy writer fails the test instead of parsing by luck.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endField = () => {
    if (text[i] === ",") {
      i++;
      return false;
    }
    if (text.startsWith("\r\n", i)) {
      i += 2;
      return true;
    }
    if (i >= text.length) return true;
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  };
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error("unterminated quoted field");
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      while (i < text.length && text[i] !== "," && text[i] !== "\r") {
        if (text[i] === '"' || text[i] === "\n")
          throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (endField()) {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

/** Rows as objects keyed by the header row; every row must have the header's width. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new Error(`row ${n + 1} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}
