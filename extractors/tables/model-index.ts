import { parseDocument, stringify } from "yaml";
import { metricByName } from "../metrics.js";
import { entityKey } from "../names.js";
import type { ParseProblem } from "../types.js";
import { mapMetricHeader, normalizeSplit } from "./metric-names.js";
import type { RejectedCell, TableParseResult, TableRecord } from "./types.js";
import { parseTableValue, rawText } from "./value.js";

/**
 * Hugging Face model card `model-index` (a README.md with `---` front matter, or bare YAML):
 * `model-index: [{name, results: [{task: {type, name}, dataset: {type, name, config, split}, metrics:
 * [{type, value, name, verified, args}]}]}]`.
 *
 * Decisions:
 * - Subject: the entry's `name`. Paper: a model card has none, so the title is "Model card: <name>".
 * - Dataset: `name` (else `type`); a `config` the name does not already spell is joined: "glue / mrpc".
 * - Metric: from `type` (standardized ids like "exact_match"), else from `name`; `split` becomes the
 *   condition "<split> split" ("validation" -> "val split", as in the PwC importer).
 * - `args.condition` (a string) is added to the condition: Claimboard writes it there so conditions other
 *   than the split survive `toModelIndexYaml` (model-index has no field for them).
 */
export const MODEL_INDEX_IMPORTER = { name: "model-index", version: "1.0.0" } as const;

// An honest card has a handful of anchors; more is an alias bomb ("billion laughs" in YAML).
const MAX_ALIASES = 100;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return null;
  const t = v.replace(/\s+/g, " ").trim();
  return t || null;
};

/** The YAML of a model card: its front matter, or the whole text when it has none. */
function modelCardYaml(text: string): { yaml: string; lineOffset: number } {
  const src = text.replace(/^\uFEFF/, "");
  const first = /^---[ \t]*\r?\n/.exec(src);
  if (!first) return { yaml: src, lineOffset: 0 };
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = src.slice(first[0].length);
  const end = close.exec(rest);
  if (!end) return { yaml: src, lineOffset: 0 };
  return { yaml: rest.slice(0, end.index), lineOffset: 1 };
}

export function parseModelIndex(text: string, file: string): TableParseResult {
  const problems: ParseProblem[] = [];
  const records: TableRecord[] = [];
  const rejected: RejectedCell[] = [];
  const result = { format: "model-index" as const, records, rejected, problems };
  const { yaml, lineOffset } = modelCardYaml(text);

  const doc = parseDocument(yaml, { schema: "core", prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors.slice(0, 10)) {
      problems.push({
        line: e.linePos?.[0] ? e.linePos[0].line + lineOffset : null,
        reason: `not valid YAML: ${e.code}`,
      });
    }
    return result;
  }
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const bomb = /alias/i.test((err as Error).message);
    problems.push({ line: null, reason: bomb ? "too many YAML aliases (alias bomb)" : "YAML could not be read" });
    return result;
  }
  const problem = (where: string, reason: string) => problems.push({ line: null, reason, where });
  if (!isObj(root)) {
    problem("", "not a YAML mapping");
    return result;
  }
  const index = root["model-index"];
  if (index === undefined) {
    problem("/model-index", "no model-index");
    return result;
  }
  if (!Array.isArray(index)) {
    problem("/model-index", "model-index is not a list");
    return result;
  }

  index.forEach((entry, i) => {
    const ptr = `/model-index/${i}`;
    if (!isObj(entry)) return void problem(ptr, "model entry is not a mapping");
    const subject = str(entry.name);
    const results = entry.results;
    if (!Array.isArray(results)) return void problem(`${ptr}/results`, "results is not a list");
    results.forEach((res, j) => {
      const rptr = `${ptr}/results/${j}`;
      if (!isObj(res)) return void problem(rptr, "result is not a mapping");
      const task = isObj(res.task) ? (str(res.task.name) ?? str(res.task.type)) : null;
      const ds = isObj(res.dataset) ? res.dataset : null;
      const dsName = ds ? (str(ds.name) ?? str(ds.type)) : null;
      if (!ds || !dsName) return void problem(`${rptr}/dataset`, "result without a dataset name");
      const config = str(ds.config);
      const dataset = config && !entityKey(dsName).includes(entityKey(config)) ? `${dsName} / ${config}` : dsName;
      const split = str(ds.split);
      if (!Array.isArray(res.metrics)) return void problem(`${rptr}/metrics`, "metrics is not a list");
      res.metrics.forEach((m, k) => {
        const mptr = `${rptr}/metrics/${k}`;
        if (!isObj(m)) return void problem(mptr, "metric is not a mapping");
        const vptr = `${mptr}/value`;
        if (!subject) return void rejected.push({ pointer: vptr, reason: "NO_MODEL_NAME", rawValue: rawText(m.value) });
        const type = str(m.type);
        const name = str(m.name);
        const metricName = name ?? type;
        if (!metricName) return void problem(mptr, "metric without a type or name");
        const parsed = parseTableValue(m.value);
        if (!parsed.ok) return void rejected.push({ pointer: vptr, reason: parsed.reason, rawValue: rawText(m.value) });
        const byType = type ? mapMetricHeader(type) : null;
        const mapped = byType && (metricByName(byType.metric) || !name) ? byType : mapMetricHeader(name ?? type ?? "");
        const extra = isObj(m.args) ? str(m.args.condition) : null;
        const splitName = split ? normalizeSplit(split) : mapped.split;
        records.push({
          paper: { title: `Model card: ${subject}`, url: null, date: null, arxivId: null },
          subject,
          dataset,
          task,
          metricName,
          metric: mapped.metric,
          direction: mapped.direction,
          value: parsed.value,
          unit: parsed.unit,
          rawValue: rawText(m.value) ?? "",
          qualifier: parsed.qualifier,
          condition:
            [splitName ? `${splitName} split` : null, mapped.modifier, extra].filter(Boolean).join("; ") || null,
          note:
            [parsed.note, m.verified === true ? "verified by Hugging Face" : null].filter(Boolean).join("; ") || null,
          source: { file, pointer: vptr },
        });
      });
    });
  });
  return result;
}

const QUALIFIER_PREFIX: Partial<Record<TableRecord["qualifier"], string>> = {
  approx: "~",
  less_than: "<",
  more_than: ">",
  at_least: ">=",
  up_to: "<=",
};

function valueText(r: TableRecord): number | string {
  const prefix = QUALIFIER_PREFIX[r.qualifier] ?? "";
  return !prefix && r.unit === null ? r.value : `${prefix}${r.value}${r.unit ?? ""}`;
}

/**
 * model-index YAML for `records` under one model name, grouped into one result per task, dataset and
 * split. Reading it back with parseModelIndex gives the same value, unit, qualifier, metric, dataset and
 * condition; the paper, notes and provenance do not travel (a model card has no place for them).
 */
export function toModelIndexYaml(subject: string, records: readonly TableRecord[]): string {
  const results = new Map<string, Obj & { metrics: Obj[] }>();
  for (const r of records) {
    const parts = (r.condition ?? "").split("; ").filter(Boolean);
    const splitPart = parts.find((p) => / split$/.test(p));
    const split = splitPart ? splitPart.slice(0, -" split".length) : null;
    const rest = parts.filter((p) => p !== splitPart).join("; ");
    const key = JSON.stringify([r.task, r.dataset, split]);
    let res = results.get(key);
    if (!res) {
      const dataset: Obj = { type: slug(r.dataset), name: r.dataset };
      if (split) dataset.split = split;
      res = { ...(r.task ? { task: { type: slug(r.task), name: r.task } } : {}), dataset, metrics: [] };
      results.set(key, res);
    }
    const metric: Obj = { type: r.metric, name: r.metricName, value: valueText(r) };
    if (rest) metric.args = { condition: rest };
    res.metrics.push(metric);
  }
  return stringify({ "model-index": [{ name: subject, results: [...results.values()] }] }, { lineWidth: 0 });
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "unknown";
