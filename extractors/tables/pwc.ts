import { entityKey } from "../names.js";
import { parseLooseDate } from "../sources/dates.js";
import type { ParseProblem } from "../types.js";
import { mapMetricHeader } from "./metric-names.js";
import { pointerSegment as seg, type RejectedCell, type TableParseResult, type TableRecord } from "./types.js";
import { parseTableValue, rawText } from "./value.js";

/**
 * Papers with Code `evaluation-tables.json`: tasks -> datasets -> sota.rows, where datasets nest through
 * `subdatasets` (same shape, named by `subdataset`) and tasks through `subtasks`.
 *
 * Decisions:
 * - Dataset: the name as written (whitespace collapsed, markdown emphasis and a trailing ":" off). A
 *   subdataset is joined to its parent, "SemEval 2018 / General", unless its name already starts with the
 *   parent's ("TREC" > "TREC-6" stays "TREC-6").
 * - Paper identity, so that all rows of one paper give one title: the first title the file gives for the
 *   row's URL (arXiv abs/pdf/version variants count as one URL; this also mends typos and casing that differ
 *   between rows); else the row's own title; else "arXiv:<id>"; else the URL; else
 *   "Leaderboard entry: <model>" (a leaderboard submission without a paper).
 *   Titles that are URLs or bare citation marks ("[1]") count as missing.
 * - Subject: model_name; a row without one is named after its paper (the title up to a colon, else the
 *   whole title), with a note; a row with neither is rejected as NO_MODEL_NAME, one per cell. Placeholder
 *   names ("Anonymous", "Unnamed System (single model)") count as missing; without a paper such a row is
 *   rejected as ANONYMOUS_MODEL.
 * - Splits in headers ("TEST-EM") and "uses_additional_data" go to `condition`; see metric-names.ts.
 */
export const PWC_IMPORTER = { name: "pwc", version: "1.0.0" } as const;

// Far beyond real files (depth 2); only here so a hostile file cannot overflow the stack.
const MAX_DEPTH = 64;
const ARXIV_URL = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5}|[a-z][a-z.-]*\/\d{7})(?:v\d+)?/i;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const clean = (v: unknown): string | null => {
  if (typeof v !== "string") return null;
  // "supWSD\x02wzxhzdk:4\x03emb": placeholders a markdown converter left for markup it dropped.
  const t = v
    .replace(/\x02[^\x03]{0,40}\x03/g, "")
    .replace(/[\uFEFF\x00-\x08\x0B\x0E-\x1F\x7F]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return t || null;
};
const isUrl = (t: string) => /^https?:\/\/\S+$/i.test(t);

function cleanName(v: unknown): string | null {
  let t = clean(v);
  if (!t) return null;
  const emphasis = /^(\*\*|__|\*|_)(.+)\1$/.exec(t);
  if (emphasis) t = emphasis[2]!.trim();
  return t.replace(/\s*:$/, "").trim() || null;
}

/** A URL as pasted, minus a stray closing bracket or trailing slash ("https://github.com/x/y)"). */
function cleanUrl(v: unknown): string | null {
  const t = clean(v);
  if (!t || !isUrl(t)) return t;
  let u = t;
  while (u.endsWith(")") && (u.match(/\(/g)?.length ?? 0) < (u.match(/\)/g)?.length ?? 0)) u = u.slice(0, -1);
  return u.replace(/\/+$/, "");
}

function arxivIdFromUrl(url: string | null): string | null {
  return url ? (ARXIV_URL.exec(url)?.[1] ?? null) : null;
}

function urlKey(url: string): string {
  const id = arxivIdFromUrl(url);
  return id
    ? `arxiv:${id}`
    : url
        .toLowerCase()
        .replace(/^https?:\/\/(www\.)?/, "")
        .replace(/(\.pdf)?\/*$/, "");
}

interface Row {
  ptr: string;
  task: string | null;
  /** Task names from the top down to the row's own task. */
  taskPath: string[];
  dataset: string;
  data: Obj;
  metrics: Obj;
}

export function parsePwcText(text: string, file: string): TableParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message);
    const truncated =
      /end of (JSON|data)/i.test((err as Error).message) || (at !== null && Number(at[1]) >= text.trimEnd().length);
    return {
      format: "pwc",
      records: [],
      rejected: [],
      problems: [{ line: null, reason: truncated ? "not valid JSON (truncated)" : "not valid JSON", where: "" }],
    };
  }
  return parsePwc(data, file);
}

export function parsePwc(data: unknown, file: string): TableParseResult {
  const problems: ParseProblem[] = [];
  const problem = (where: string, reason: string) => problems.push({ line: null, reason, where });
  const rows: Row[] = [];

  function list(v: unknown, where: string): unknown[] {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    problem(where, "expected a list");
    return [];
  }

  function walkTask(task: unknown, ptr: string, path: string[], depth: number): void {
    if (depth > MAX_DEPTH) return void problem(ptr, "nested too deeply");
    if (!isObj(task)) return void problem(ptr, "task is not an object");
    if (task.task !== undefined && typeof task.task !== "string") problem(`${ptr}/task`, "task name is not a string");
    const own = cleanName(task.task);
    const here = own ? [...path, own] : path;
    list(task.datasets, `${ptr}/datasets`).forEach((d, i) =>
      walkDataset(d, `${ptr}/datasets/${i}`, here, null, depth + 1),
    );
    list(task.subtasks, `${ptr}/subtasks`).forEach((t, i) => walkTask(t, `${ptr}/subtasks/${i}`, here, depth + 1));
  }

  function walkDataset(ds: unknown, ptr: string, taskPath: string[], parent: string | null, depth: number): void {
    const task = taskPath.at(-1) ?? null;
    if (depth > MAX_DEPTH) return void problem(ptr, "nested too deeply");
    if (!isObj(ds)) return void problem(ptr, "dataset is not an object");
    const own = parent === null ? cleanName(ds.dataset) : (cleanName(ds.subdataset) ?? cleanName(ds.dataset));
    if (!own) return void problem(ptr, parent === null ? "dataset without a name" : "subdataset without a name");
    const name = parent === null || entityKey(own).startsWith(entityKey(parent)) ? own : `${parent} / ${own}`;
    const sota = ds.sota;
    if (sota !== undefined && sota !== null) {
      if (!isObj(sota)) problem(`${ptr}/sota`, "sota is not an object");
      else
        list(sota.rows, `${ptr}/sota/rows`).forEach((row, i) => {
          const rowPtr = `${ptr}/sota/rows/${i}`;
          if (!isObj(row)) return void problem(rowPtr, "row is not an object");
          if (!isObj(row.metrics)) return void problem(`${rowPtr}/metrics`, "row metrics are not an object");
          rows.push({ ptr: rowPtr, task, taskPath, dataset: name, data: row, metrics: row.metrics });
        });
    }
    list(ds.subdatasets, `${ptr}/subdatasets`).forEach((s, i) =>
      walkDataset(s, `${ptr}/subdatasets/${i}`, taskPath, name, depth + 1),
    );
  }

  if (Array.isArray(data)) data.forEach((t, i) => walkTask(t, `/${i}`, [], 0));
  else if (isObj(data)) walkTask(data, "", [], 0);
  else problem("", "top level is not a list of tasks");

  const { records, rejected } = rowsToRecords(withoutRepeats(rows), file, problem);
  return { format: "pwc", records, rejected, problems };
}

/**
 * The export repeats a row under each parent task along a subtask path ("Image Classification" >
 * "Semi-Supervised Image Classification"): the same dataset and the same row content. Such a row is one
 * result, kept once under its deepest (leaf) task; rows under sibling tasks are different results.
 */
function withoutRepeats(rows: Row[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.dataset}\u0000${JSON.stringify(r.data)}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const keep = new Set<Row>();
  for (const group of groups.values()) {
    const deepestFirst = [...group].sort((a, b) => b.taskPath.length - a.taskPath.length);
    const kept: Row[] = [];
    for (const r of deepestFirst) {
      // Under a parent of a kept copy, or under a task of the same name elsewhere in the tree: the same result.
      const above = kept.some(
        (k) => r.taskPath.every((t, i) => k.taskPath[i] === t) || k.taskPath.at(-1) === r.taskPath.at(-1),
      );
      if (!above) kept.push(r);
    }
    for (const r of kept) keep.add(r);
  }
  return rows.filter((r) => keep.has(r));
}

interface PaperBits {
  title: string | null;
  url: string | null;
  arxivId: string | null;
}

function paperBits(row: Obj): PaperBits {
  const rawTitle = clean(row.paper_title);
  const titleIsUrl = rawTitle !== null && isUrl(rawTitle);
  // "[1]", "[7] [11]": citation marks of the page the table was scraped from, not titles.
  const title = rawTitle && !titleIsUrl && /\p{L}/u.test(rawTitle) ? rawTitle : null;
  const url = cleanUrl(row.paper_url) ?? (titleIsUrl ? cleanUrl(rawTitle) : null);
  return { title, url, arxivId: arxivIdFromUrl(url) };
}

function rowsToRecords(rows: Row[], file: string, problem: (where: string, reason: string) => void) {
  const records: TableRecord[] = [];
  const rejected: RejectedCell[] = [];
  const titleByUrl = new Map<string, string>();
  const bits = rows.map((r) => paperBits(r.data));
  bits.forEach((b) => {
    if (b.title && b.url && !titleByUrl.has(urlKey(b.url))) titleByUrl.set(urlKey(b.url), b.title);
  });

  rows.forEach((row, i) => {
    const paper = bits[i]!;
    const d = row.data;
    for (const key of ["model_name", "paper_title", "paper_url", "paper_date"] as const) {
      if (d[key] !== undefined && d[key] !== null && typeof d[key] !== "string")
        problem(`${row.ptr}/${key}`, `${key} is not a string`);
    }
    if (
      d.uses_additional_data !== undefined &&
      d.uses_additional_data !== null &&
      typeof d.uses_additional_data !== "boolean"
    ) {
      problem(`${row.ptr}/uses_additional_data`, "uses_additional_data is not a boolean");
    }
    const written = modelName(d.model_name);
    // Anonymous submissions are different systems under one placeholder: keyed together they would
    // look like one model reporting conflicting numbers.
    const placeholder = written !== null && PLACEHOLDER_MODEL.test(written);
    const model = placeholder ? null : written;
    // The first title a URL comes with wins: rows of one paper spell it differently ("Comprehensio").
    const realTitle = (paper.url ? titleByUrl.get(urlKey(paper.url)) : undefined) ?? paper.title;
    const namedAfterPaper = model === null && realTitle !== null;
    const subject = model ?? (realTitle ? (/^([^:]{2,60}):/.exec(realTitle)?.[1]?.trim() ?? realTitle) : null);
    const cells = Object.entries(row.metrics);
    if (subject === null) {
      const reason = placeholder ? "ANONYMOUS_MODEL" : "NO_MODEL_NAME";
      for (const [header, raw] of cells)
        rejected.push({ pointer: `${row.ptr}/metrics/${seg(header)}`, reason, rawValue: rawText(raw) });
      return;
    }
    const title =
      realTitle ?? (paper.arxivId ? `arXiv:${paper.arxivId}` : null) ?? paper.url ?? `Leaderboard entry: ${subject}`;
    const date = parseLooseDate(clean(d.paper_date));
    const extraData = d.uses_additional_data === true ? "uses additional data" : null;

    for (const [header, raw] of cells) {
      const pointer = `${row.ptr}/metrics/${seg(header)}`;
      const metricName = clean(header);
      if (!metricName) {
        problem(pointer, "metric without a name");
        continue;
      }
      const parsed = parseTableValue(raw);
      if (!parsed.ok) {
        rejected.push({ pointer, reason: parsed.reason, rawValue: rawText(raw) });
        continue;
      }
      const m = mapMetricHeader(metricName);
      // "% Test Accuracy", "Percentage correct": the column says the numbers are percentages.
      const percentColumn = /^%|^percentage\b/i.test(metricName);
      const notes = [parsed.note, namedAfterPaper ? "no model name: named after the paper" : null].filter(Boolean);
      records.push({
        paper: { title, url: paper.url, date, arxivId: paper.arxivId },
        subject,
        dataset: row.dataset,
        task: row.task,
        metricName,
        metric: m.metric,
        direction: m.direction,
        value: parsed.value,
        unit: parsed.unit ?? (percentColumn ? "%" : null),
        rawValue: rawText(raw) ?? "",
        qualifier: parsed.qualifier,
        condition: [m.split ? `${m.split} split` : null, m.modifier, extraData].filter(Boolean).join("; ") || null,
        note: notes.length ? notes.join("; ") : null,
        source: { file, pointer },
      });
    }
  });
  return { records, rejected };
}

const PLACEHOLDER_MODEL = /^(?:anonymous|unnamed(?: system| model)?|unknown|n\/a)(?:\s*\([^()]*\))?$/i;

// "(2009)" alone is what is left of a citation-only model cell: no name.
function modelName(v: unknown): string | null {
  const t = clean(v);
  if (!t) return null;
  return /[\p{L}]/u.test(t.replace(/\(\s*\d{4}\s*\)/g, "")) ? t : null;
}
