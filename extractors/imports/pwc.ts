import { parseLooseDate } from "../sources/dates.js";
import { canonicalMetricName } from "./metric-names.js";
import { REJECT_REASONS, type Rejected, type TableParseResult, type TableRecord } from "./types.js";
import { parseCellValue } from "./value.js";

/**
 * Papers with Code `evaluation-tables.json`: tasks -> datasets (-> subdatasets, same shape) ->
 * sota.rows, and tasks' subtasks. Any part may be malformed; a bad part is rejected with its JSON
 * pointer and the walk goes on.
 */
export const PWC_IMPORTER = { name: "pwc", version: "1.0.0" } as const;

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: Json): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const esc = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

const ARXIV = /arxiv\.org\/(?:abs|pdf)\/([0-9]{4}\.[0-9]{4,5}|[a-z-]+\/[0-9]{7})/i;

export function looksLikePwc(head: string): boolean {
  return /^\s*\[\s*\{/.test(head) && /"(task|datasets|sota)"\s*:/.test(head);
}

export function parsePwc(data: Json, file: string): TableParseResult {
  const records: TableRecord[] = [];
  const rejected: Rejected[] = [];
  const bad = (pointer: string) => rejected.push({ pointer, reason: "BAD_STRUCTURE", rawValue: null });

  function walkTask(task: Json, ptr: string, parents: string[]) {
    if (!isObj(task)) return bad(ptr);
    const name = str(task.task) ?? (parents.at(-1) ?? null);
    const datasets = task.datasets ?? [];
    if (!Array.isArray(datasets)) bad(`${ptr}/datasets`);
    else datasets.forEach((d, i) => walkDataset(d, `${ptr}/datasets/${i}`, name, null));
    const subtasks = task.subtasks ?? [];
    if (!Array.isArray(subtasks)) bad(`${ptr}/subtasks`);
    else subtasks.forEach((t, i) => walkTask(t, `${ptr}/subtasks/${i}`, name ? [...parents, name] : parents));
  }

  function walkDataset(ds: Json, ptr: string, task: string | null, parent: string | null) {
    if (!isObj(ds)) return bad(ptr);
    const own = str(ds.dataset);
    // A subdataset is a part of its parent ("WMT2014 / English-German"): keep both names.
    const dataset = parent && own && !own.toLowerCase().includes(parent.toLowerCase()) ? `${parent} / ${own}` : (own ?? parent);
    if (!dataset) return bad(`${ptr}/dataset`);
    const sota = ds.sota;
    if (sota !== undefined && sota !== null) {
      if (!isObj(sota) || (sota.rows !== undefined && !Array.isArray(sota.rows))) bad(`${ptr}/sota`);
      else ((sota.rows as Json[] | undefined) ?? []).forEach((row, i) => walkRow(row, `${ptr}/sota/rows/${i}`, dataset, task));
    }
    const subs = ds.subdatasets ?? [];
    if (!Array.isArray(subs)) bad(`${ptr}/subdatasets`);
    else subs.forEach((s, i) => walkDataset(s, `${ptr}/subdatasets/${i}`, task, dataset));
  }

  function walkRow(row: Json, ptr: string, dataset: string, task: string | null) {
    if (!isObj(row) || !isObj(row.metrics)) return bad(ptr);
    const titleText = str(row.paper_title);
    // Without a model name the paper's method is the subject: the name before the title's colon, or the title.
    const paperName = titleText && !/^https?:\/\//.test(titleText) ? (/^([^:]{2,60}):/.exec(titleText)?.[1]?.trim() ?? titleText) : null;
    const model = str(row.model_name) ?? paperName;
    const cells = Object.entries(row.metrics);
    if (!model) {
      for (const [k, v] of cells) rejected.push({ pointer: `${ptr}/metrics/${esc(k)}`, reason: "NO_MODEL_NAME", rawValue: v === null ? null : String(v) });
      return;
    }
    const url = str(row.paper_url) ?? (titleText && /^https?:\/\//.test(titleText) ? titleText : null);
    // Rows whose paper is known only by URL are keyed by that URL; rows with no paper at all each
    // stand for the model's own entry on this leaderboard.
    const title = titleText && !/^https?:\/\//.test(titleText) ? titleText : (url ?? `${model} on ${dataset} (Papers with Code entry)`);
    const date = parseLooseDate(str(row.paper_date));
    const arxivId = url ? (ARXIV.exec(url)?.[1] ?? null) : null;
    const extraData = row.uses_additional_data === true ? "uses additional data" : null;
    for (const [header, raw] of cells) {
      const pointer = `${ptr}/metrics/${esc(header)}`;
      const parsed = parseCellValue(raw);
      const rawValue = raw === null || raw === undefined ? "" : String(raw);
      if (!parsed.ok) {
        rejected.push({ pointer, reason: parsed.reason, rawValue });
        continue;
      }
      const m = canonicalMetricName(header);
      const condition = [m.split ? `${m.split} split` : null, extraData].filter(Boolean).join(", ") || null;
      records.push({
        paper: { title, url, date, arxivId },
        subject: model,
        dataset,
        task,
        metricName: header,
        metric: m.metric,
        direction: m.direction,
        value: parsed.value,
        unit: parsed.unit,
        rawValue,
        qualifier: parsed.qualifier,
        condition,
        note: parsed.note,
        source: { file, pointer },
      });
    }
  }

  if (!Array.isArray(data)) {
    if (isObj(data)) walkTask(data, "", []);
    else bad("");
  } else data.forEach((t, i) => walkTask(t, `/${i}`, []));
  return { format: "pwc", records, rejected };
}

export function describeRejection(r: Rejected): string {
  return `${REJECT_REASONS[r.reason]} (${r.reason})`;
}
