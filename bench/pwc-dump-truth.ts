/**
 * Ground truth for conflict detection, read from a Papers with Code `evaluation-tables.json` itself,
 * independent of the product's identity code (entity keys, metric mapping, name canonicalization), so it
 * stays a fair judge while that code changes.
 *
 * Definitions (all names as written in the file, whitespace-trimmed, case kept):
 * - Row: the file's tree is walked tasks -> datasets -> sota.rows, with `subtasks` and `subdatasets` nested
 *   (pointers `/i/subtasks/j/datasets/k/subdatasets/l/sota/rows/r`, as extractors/tables/pwc.ts writes them).
 *   One row = one (dataset path, row content): the dump repeats a row under each parent task along a
 *   subtasks path, and a task (with its rows) under several parents; those copies are one row.
 * - Dataset path: the dataset name, then each subdataset name, joined with " / ".
 * - Leaf task(s) of a row: the task names of the occurrences that are not a parent-task repeat. An
 *   occurrence is a parent-task repeat when its task name is an ancestor in another occurrence's task path.
 *   A row left under two unrelated tasks (rare) has two leaf tasks.
 * - Cell: (row, metric column header exactly as written). Model: `model_name` trimmed, case kept.
 * - Paper: arXiv id when the URL is an arXiv link; else the URL (lower case, no scheme/www, no trailing
 *   "/" or ".pdf"); else the title (lower case, whitespace collapsed), mapped to the URL key of another
 *   row with that title when there is one. A row with neither has no paper and is never "another paper".
 * - Value: a number, or a string that is a number with an optional "%", a k/M/B/G suffix and trailing
 *   markers (* † ‡ +). "%" counts as no suffix; other suffixes must match to compare.
 * - Genuine cross-paper conflict: two cells with the same leaf task, dataset path, column header and model
 *   name, from two different papers, both numeric, more than `tolerance` (2%) apart relative to the larger
 *   absolute value, and not merely one written ×100 or ×1000 of the other (those are counted apart as
 *   scale-only pairs).
 */

export const DEFAULT_TOLERANCE = 0.02;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

export interface DumpRow {
  id: number;
  /** Every row pointer where the file lists this row ("/3/subtasks/0/datasets/1/sota/rows/4"). */
  pointers: string[];
  /** Task-name paths of those occurrences, root first. */
  taskPaths: string[][];
  leafTasks: string[];
  datasetPath: string;
  model: string | null;
  paperKey: string | null;
  paperTitle: string | null;
  paperUrl: string | null;
  metrics: Obj;
}

export interface DumpCell {
  row: DumpRow;
  header: string;
  raw: unknown;
}

export interface GenuineConflict {
  task: string;
  datasetPath: string;
  header: string;
  model: string;
  a: DumpCell;
  b: DumpCell;
  key: string;
}

export interface DumpTruth {
  /** Rows as the tree walk meets them (with repeats). */
  treeRows: number;
  rows: DumpRow[];
  /** Cells of distinct rows. */
  cells: number;
  /** Genuine conflicting pairs, each once. */
  conflicts: GenuineConflict[];
  /** (leaf task, dataset path, column, model) groups with at least one genuine pair. */
  conflictGroups: number;
  /** Pairs that would conflict but one value is the other ×100 or ×1000. */
  scaleOnlyPairs: number;
  /** Rows repeated under a parent task, and rows with more than one leaf task. */
  parentRepeatRows: number;
  multiLeafRows: number;
  /** The cell a claim's JSON pointer ("/0/datasets/1/sota/rows/2/metrics/F1") names, or null. */
  cellAt(pointer: string): DumpCell | null;
  conflictKeys: Set<string>;
}

/** One key per cell (row id + header), for sets and pair keys. */
export const cellKey = (c: DumpCell): string => `${c.row.id}\u0000${c.header}`;
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`);

/** JSON Pointer segment (RFC 6901), as extractors/tables/types.ts `pointerSegment` writes it. */
const decodeSegment = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (isObj(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

const ARXIV = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5}|[a-z][a-z.-]*\/\d{7})(?:v\d+)?/i;

function urlKey(url: string): string {
  const id = ARXIV.exec(url)?.[1];
  if (id) return `arxiv:${id.toLowerCase()}`;
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/(\.pdf)?\/*$/, "");
}
const titleKey = (t: string) => t.toLowerCase().replace(/\s+/g, " ").trim();

export interface NumericValue {
  value: number;
  suffix: string;
}

export function numericValue(raw: unknown): NumericValue | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? { value: raw, suffix: "" } : null;
  if (typeof raw !== "string") return null;
  const m = /^([-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+−]?\.\d+)\s*(%|[kmbg])?\s*[*†‡+]*$/i.exec(raw.trim());
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, "").replace("−", "-"));
  if (!Number.isFinite(value)) return null;
  const suffix = !m[2] || m[2] === "%" ? "" : m[2].toLowerCase();
  return { value, suffix };
}

/** More than `tol` apart relative to the larger absolute value. */
export function differ(a: number, b: number, tol = DEFAULT_TOLERANCE): boolean {
  const big = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) > tol * big;
}

function scaleOnly(a: number, b: number, tol: number): boolean {
  const [lo, hi] = Math.abs(a) < Math.abs(b) ? [a, b] : [b, a];
  return [100, 1000].some((f) => !differ(lo * f, hi, tol));
}

interface Occurrence {
  pointer: string;
  taskPath: string[];
  datasetPath: string;
  row: Obj;
}

export function dumpTruth(data: unknown, options: { tolerance?: number } = {}): DumpTruth {
  const tol = options.tolerance ?? DEFAULT_TOLERANCE;
  const occurrences: Occurrence[] = [];

  function walkTask(task: unknown, ptr: string, path: string[], depth: number): void {
    if (!isObj(task) || depth > 64) return;
    const here = [...path, str(task.task) ?? path.at(-1) ?? "(no task)"];
    if (Array.isArray(task.datasets))
      task.datasets.forEach((d, i) => walkDataset(d, `${ptr}/datasets/${i}`, here, null, depth + 1));
    if (Array.isArray(task.subtasks))
      task.subtasks.forEach((t, i) => walkTask(t, `${ptr}/subtasks/${i}`, here, depth + 1));
  }
  function walkDataset(ds: unknown, ptr: string, taskPath: string[], parent: string | null, depth: number): void {
    if (!isObj(ds) || depth > 64) return;
    const own = parent === null ? str(ds.dataset) : (str(ds.subdataset) ?? str(ds.dataset));
    if (!own) return;
    const path = parent === null ? own : `${parent} / ${own}`;
    const rows = isObj(ds.sota) && Array.isArray(ds.sota.rows) ? ds.sota.rows : [];
    rows.forEach((row, r) => {
      if (isObj(row) && isObj(row.metrics))
        occurrences.push({ pointer: `${ptr}/sota/rows/${r}`, taskPath, datasetPath: path, row });
    });
    if (Array.isArray(ds.subdatasets))
      ds.subdatasets.forEach((s, i) => walkDataset(s, `${ptr}/subdatasets/${i}`, taskPath, path, depth + 1));
  }
  if (Array.isArray(data)) data.forEach((t, i) => walkTask(t, `/${i}`, [], 0));
  else if (isObj(data)) walkTask(data, "", [], 0);

  // One row per (dataset path, content).
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const k = `${o.datasetPath}\u0000${canonicalJson(o.row)}`;
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }

  // Titles that come with a URL somewhere stand for that URL's paper.
  const urlByTitle = new Map<string, string>();
  for (const o of occurrences) {
    const t = str(o.row.paper_title);
    const u = str(o.row.paper_url);
    if (t && u && !urlByTitle.has(titleKey(t))) urlByTitle.set(titleKey(t), urlKey(u));
  }

  const rows: DumpRow[] = [];
  const rowByPointer = new Map<string, DumpRow>();
  let parentRepeatRows = 0;
  let multiLeafRows = 0;
  for (const g of groups.values()) {
    const first = g[0]!;
    const ancestors = new Set(g.flatMap((o) => o.taskPath.slice(0, -1)));
    const leaves = [...new Set(g.map((o) => o.taskPath.at(-1)!))];
    let leafTasks = leaves.filter((t) => !ancestors.has(t));
    if (leafTasks.length === 0) leafTasks = leaves; // a cycle of names: keep them all rather than none
    if (leafTasks.length < leaves.length) parentRepeatRows++;
    if (leafTasks.length > 1) multiLeafRows++;
    const title = str(first.row.paper_title);
    const url = str(first.row.paper_url);
    const paperKey = url ? urlKey(url) : title ? (urlByTitle.get(titleKey(title)) ?? `title:${titleKey(title)}`) : null;
    const row: DumpRow = {
      id: rows.length,
      pointers: g.map((o) => o.pointer),
      taskPaths: g.map((o) => o.taskPath),
      leafTasks: leafTasks.sort(),
      datasetPath: first.datasetPath,
      model: str(first.row.model_name),
      paperKey,
      paperTitle: title,
      paperUrl: url,
      metrics: first.row.metrics as Obj,
    };
    rows.push(row);
    for (const p of row.pointers) rowByPointer.set(p, row);
  }

  // Genuine conflicts: same leaf task, dataset path, header and model; two papers; > tol apart.
  const byKey = new Map<string, DumpCell[]>();
  let cells = 0;
  for (const row of rows) {
    for (const [header, raw] of Object.entries(row.metrics)) {
      cells++;
      if (row.model === null) continue;
      const cell: DumpCell = { row, header, raw };
      for (const task of row.leafTasks) {
        const k = [task, row.datasetPath, header, row.model].join("\u0000");
        const list = byKey.get(k);
        if (list) list.push(cell);
        else byKey.set(k, [cell]);
      }
    }
  }
  const conflicts: GenuineConflict[] = [];
  const conflictKeys = new Set<string>();
  const scaleKeys = new Set<string>();
  let conflictGroups = 0;
  for (const [k, list] of byKey) {
    if (list.length < 2) continue;
    const [task, datasetPath, header, model] = k.split("\u0000") as [string, string, string, string];
    let found = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.row.paperKey === null || b.row.paperKey === null || a.row.paperKey === b.row.paperKey) continue;
        const va = numericValue(a.raw);
        const vb = numericValue(b.raw);
        if (!va || !vb || va.suffix !== vb.suffix || !differ(va.value, vb.value, tol)) continue;
        const key = pairKey(cellKey(a), cellKey(b));
        if (scaleOnly(va.value, vb.value, tol)) {
          scaleKeys.add(key);
          continue;
        }
        found = true;
        if (conflictKeys.has(key)) continue;
        conflictKeys.add(key);
        conflicts.push({ task, datasetPath, header, model, a, b, key });
      }
    }
    if (found) conflictGroups++;
  }

  function cellAt(pointer: string): DumpCell | null {
    const m = /^(.*\/sota\/rows\/\d+)\/metrics\/([^/]*)$/.exec(pointer);
    if (!m) return null;
    const row = rowByPointer.get(m[1]!);
    if (!row) return null;
    const header = decodeSegment(m[2]!);
    return Object.hasOwn(row.metrics, header) ? { row, header, raw: row.metrics[header] } : null;
  }

  return {
    treeRows: occurrences.length,
    rows,
    cells,
    conflicts,
    conflictGroups,
    scaleOnlyPairs: scaleKeys.size,
    parentRepeatRows,
    multiLeafRows,
    cellAt,
    conflictKeys,
  };
}

// ---------------------------------------------------------------------------------------------------
// Judging a flag by the file's own structure.

export const CAUSES = [
  "repeats",
  "columnsOfOneRow",
  "metricColumns",
  "leafTasks",
  "datasetPaths",
  "modelNames",
  "onePaper",
  "withinTolerance",
] as const;
export type Cause = (typeof CAUSES)[number];

export const CAUSE_TEXT: Record<Cause | "genuine" | "unresolved", string> = {
  genuine: "genuine cross-paper conflict",
  repeats: "the same row (cell) listed more than once (parent-task repeats)",
  columnsOfOneRow: "two metric columns of one row",
  metricColumns: "different metric columns",
  leafTasks: "different leaf tasks",
  datasetPaths: "different dataset paths (versions/splits/variants)",
  modelNames: "different model names as written",
  onePaper: "all claims from one paper",
  withinTolerance: "same cell key, other papers, but values within tolerance or not comparable",
  unresolved: "a claim pointer not found in the file",
};

export interface FlagVerdict {
  genuine: boolean;
  /** Every structural cause found among the claims' pairs. */
  causes: Cause[];
  /** One reason: "genuine", or the first cause in CAUSES order (after collapsing repeats). */
  verdict: Cause | "genuine" | "unresolved";
  reason: string;
  cells: (DumpCell | null)[];
  genuinePairs: number;
}

const cellLabel = (c: DumpCell) =>
  `"${c.row.model ?? "?"}" ${c.header}=${JSON.stringify(c.raw)} [${c.row.leafTasks.join("|")} / ${c.row.datasetPath}]`;

/** Classifies one flag from its claims' JSON pointers (in the file the truth was built from). */
export function judgeFlag(truth: DumpTruth, pointers: string[]): FlagVerdict {
  const cells = pointers.map((p) => truth.cellAt(p));
  const found = cells.filter((c): c is DumpCell => c !== null);
  const causes = new Set<Cause>();
  const examples = new Map<Cause, string>();
  const note = (c: Cause, text: string) => {
    causes.add(c);
    if (!examples.has(c)) examples.set(c, text);
  };
  let genuinePairs = 0;
  let genuineExample = "";
  const seenPairs = new Set<string>();
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const a = found[i]!;
      const b = found[j]!;
      const ka = cellKey(a);
      const kb = cellKey(b);
      if (ka === kb) {
        note("repeats", `${cellLabel(a)} appears ${a.row.pointers.length}× in the file`);
        continue;
      }
      const pk = pairKey(ka, kb);
      if (seenPairs.has(pk)) continue;
      seenPairs.add(pk);
      if (truth.conflictKeys.has(pk)) {
        genuinePairs++;
        if (!genuineExample) genuineExample = `${cellLabel(a)} vs ${cellLabel(b)}`;
      }
      const vs = `${cellLabel(a)} vs ${cellLabel(b)}`;
      if (a.row === b.row) note("columnsOfOneRow", `one row: columns "${a.header}" vs "${b.header}" (${vs})`);
      if (a.header !== b.header) note("metricColumns", `columns "${a.header}" vs "${b.header}"`);
      if (!a.row.leafTasks.some((t) => b.row.leafTasks.includes(t)))
        note("leafTasks", `tasks ${a.row.leafTasks.join("|")} vs ${b.row.leafTasks.join("|")}`);
      if (a.row.datasetPath !== b.row.datasetPath)
        note("datasetPaths", `datasets "${a.row.datasetPath}" vs "${b.row.datasetPath}"`);
      if (a.row.model !== b.row.model) note("modelNames", `models "${a.row.model}" vs "${b.row.model}"`);
    }
  }
  const papers = new Set(found.map((c) => c.row.paperKey ?? `?${c.row.id}`));
  if (found.length > 0 && papers.size === 1)
    note("onePaper", `all from ${found[0]!.row.paperTitle ?? found[0]!.row.paperUrl ?? "one paper"}`);
  const structural = [
    "columnsOfOneRow",
    "metricColumns",
    "leafTasks",
    "datasetPaths",
    "modelNames",
    "onePaper",
  ] as const;
  const distinctCells = new Set(found.map(cellKey)).size;
  if (genuinePairs === 0 && distinctCells >= 2 && !structural.some((c) => causes.has(c))) {
    note(
      "withinTolerance",
      "same task, dataset, column and model from different papers, but no pair is numeric and more than 2% apart",
    );
  }
  const ordered = CAUSES.filter((c) => causes.has(c));
  let verdict: FlagVerdict["verdict"];
  let reason: string;
  if (genuinePairs > 0) {
    verdict = "genuine";
    reason = `${genuinePairs} genuine pair(s), e.g. ${genuineExample}`;
  } else if (found.length < cells.length && found.length < 2) {
    verdict = "unresolved";
    reason = `${cells.length - found.length} of ${cells.length} claim pointers not found in the file`;
  } else {
    // Repeats alone explain the flag only when no two distinct cells are left.
    const first = distinctCells < 2 ? "repeats" : ordered.find((c) => c !== "repeats");
    verdict = first ?? "unresolved";
    reason = first ? `${CAUSE_TEXT[first]}: ${examples.get(first)}` : "no pair of claims explains the flag";
  }
  return { genuine: genuinePairs > 0, causes: ordered, verdict, reason, cells, genuinePairs };
}
