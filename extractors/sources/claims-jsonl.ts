import { z } from "zod";
import { KindSchema, QualifierSchema, UnitSchema, type ParseProblem } from "../types.js";
import type { TableRecord } from "../tables/types.js";

/**
 * Claimboard's own claims export (`npm run export -- claims --format jsonl`, GET /api/claims/export?format=jsonl),
 * read back as an import: one `{"type":"claim", ...}` object per line. The claims are already structured,
 * so they are stored as read (like a table) and never go through the text extractor.
 *
 * Decisions:
 * - Provenance: stored with source kind "table", importer `claims-jsonl`, and sourceRef
 *   "<file>#/<line>", so re-importing the same file updates its rows instead of adding copies.
 * - Where the claim came from before the export (sourceKind, sourceRef, evidence) goes to the note,
 *   which the stored sentence carries.
 * - A claim without a subject or dataset cannot be keyed as a table row: it is a problem, not stored.
 */
export const CLAIMS_JSONL_IMPORTER = { name: "claims-jsonl", version: "1.0.0" } as const;

const text = (max: number) => z.string().max(max);

export const ClaimLineSchema = z.object({
  type: z.literal("claim"),
  paper: z.object({
    title: z.string().trim().min(1).max(2000),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    url: text(2000).nullable(),
    arxivId: text(100).nullable(),
  }),
  subject: text(300).nullable(),
  dataset: text(300).nullable(),
  metric: z.string().min(1).max(100),
  value: z.number().finite(),
  /** Checked against the unit registry on import; kept as text here so an export never drops a value. */
  unit: text(20).nullable(),
  kind: KindSchema,
  qualifier: QualifierSchema,
  baseline: text(300).nullable(),
  condition: text(500).nullable(),
  evidence: text(2000),
  sentence: text(20_000),
  valueText: text(50).nullable(),
  sourceKind: z.enum(["text", "table", "manual"]),
  sourceRef: text(2000).nullable(),
});
export type ClaimLine = z.infer<typeof ClaimLineSchema>;

/** Detection: the line says what it is, so a paper list (which never has `"type":"claim"`) is not mistaken for it. */
export function looksLikeClaimsJsonl(firstLine: string): boolean {
  return firstLine.startsWith("{") && /"type"\s*:\s*"claim"/.test(firstLine);
}

function claimLineToRecord(line: ClaimLine, file: string, lineNo: number): TableRecord | ParseProblem {
  if (!line.subject?.trim() || !line.dataset?.trim()) {
    return { line: lineNo, reason: "claim without a subject or dataset: not importable as a table row" };
  }
  const unit = line.unit === null ? null : UnitSchema.safeParse(line.unit);
  if (unit && !unit.success) return { line: lineNo, reason: "unit not in the unit registry" };
  const origin = [
    line.sourceRef ? `from ${line.sourceKind} ${line.sourceRef}` : `from ${line.sourceKind}`,
    line.evidence ? `"${line.evidence}"` : null,
  ];
  return {
    paper: { title: line.paper.title, url: line.paper.url, date: line.paper.date, arxivId: line.paper.arxivId },
    subject: line.subject.trim(),
    dataset: line.dataset.trim(),
    task: null,
    metricName: line.metric,
    metric: line.metric,
    // Lines carry no direction: a registry metric has its own, any other gets the importers' guess from its name.
    direction: null,
    value: line.value,
    unit: unit ? unit.data : null,
    rawValue: line.valueText ?? String(line.value),
    qualifier: line.qualifier,
    condition: line.condition,
    note: origin.filter(Boolean).join(": "),
    kind: line.kind,
    baseline: line.baseline,
    source: { file, pointer: `/${lineNo}` },
  };
}

/** Parses one line; blank lines give null. Problem reasons stay free of varying detail, so they count per kind. */
function parseClaimLine(raw: string, file: string, lineNo: number): TableRecord | ParseProblem | null {
  if (!raw.trim()) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { line: lineNo, reason: "not valid JSON" };
  }
  const parsed = ClaimLineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      line: lineNo,
      reason: `not a claim line: ${issue?.path.join(".") || "record"}: ${issue?.message ?? "invalid"}`,
    };
  }
  return claimLineToRecord(parsed.data, file, lineNo);
}

export function parseClaimsJsonl(text: string, file: string): { records: TableRecord[]; problems: ParseProblem[] } {
  const records: TableRecord[] = [];
  const problems: ParseProblem[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const r = parseClaimLine(raw, file, i + 1);
      if (r === null) return;
      if ("reason" in r) problems.push(r);
      else records.push(r);
    });
  return { records, problems };
}
