/**
 * PostgreSQL text cannot hold NUL, and an unpaired UTF-16 surrogate (a JSON "\ud800" escape) has no UTF-8
 * form: either makes a whole batch fail as a query. Ingest refuses such a paper or cell up front, with its
 * line or pointer, and stores the rest.
 */
export function unstorableText(fields: Record<string, string | null | undefined>): string | null {
  for (const [field, v] of Object.entries(fields)) {
    const why = v === null || v === undefined ? null : whyUnstorable(v);
    if (why) return `its ${field} ${why}`;
  }
  return null;
}

/** Why PostgreSQL text cannot hold `text` ("contains a NUL character …"), or null when it can. */
export function whyUnstorable(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character (\\u0000), which text cannot hold";
  if (!text.isWellFormed())
    return "contains an unpaired UTF-16 surrogate (a lone \\ud800-\\udfff escape), which has no UTF-8 form";
  return null;
}
