/**
 * PostgreSQL text cannot hold NUL, and an unpaired UTF-16 surrogate (a JSON "\ud800" escape) has no UTF-8
 * form: either makes a whole batch fail as a query. Ingest refuses such a paper or cell up front, with its
 * line or pointer, and stores the rest.
 */
export function unstorableText(fields: Record<string, string | null | undefined>): string | null {
  for (const [field, v] of Object.entries(fields)) {
    if (v === null || v === undefined) continue;
    if (v.includes("\u0000")) return `its ${field} contains a NUL character (\\u0000), which text cannot hold`;
    if (!v.isWellFormed())
      return `its ${field} contains an unpaired UTF-16 surrogate (a lone \\ud800-\\udfff escape), which has no UTF-8 form`;
  }
  return null;
}
