/**
 * How good are CONFLICT flags on real data? `npm run bench:conflicts -- [FILE] [--sample N] [--seed S] [--out FILE] [--json]`
 *
 * FILE is a Papers with Code `evaluation-tables.json` (or .json.gz); default the full 2020 dump in
 * ../shared/reference-data (absent: a message, exit 0). It is read twice, independently:
 * 1. bench/pwc-dump-truth.ts reads the genuine cross-paper conflicts from the file's own structure.
 * 2. The product imports it into a fresh PGlite in a temporary directory (openSource -> ingestSources,
 *    as `npm run ingest` does; a .gz is decompressed into that directory first), and every CONFLICT flag
 *    is judged from its claims' JSON pointers against the file, never from the database's entity keys, so
 *    the judge stays fair while the identity code changes.
 * Prints flag counts per cause, precision (share of flags that are genuine) and recall (genuine pairs with
 * both cells in one CONFLICT flag, and in one CONFLICT or NAME_CLASH flag), and writes a random sample of flags for a person to judge
 * (Markdown when --out ends in .md, else JSON Lines).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import {
  CAUSE_TEXT,
  CAUSES,
  cellKey,
  dumpTruth,
  judgeFlag,
  type DumpCell,
  type FlagVerdict,
} from "./pwc-dump-truth.js";

const DEFAULT_FILE = fileURLToPath(
  new URL("../../shared/reference-data/pwc-2020-dump/evaluation-tables-2020-08-28.json.gz", import.meta.url),
);
const USAGE = "usage: npm run bench:conflicts -- [FILE] [--sample N] [--seed S] [--out FILE] [--json]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sample: { type: "string", default: "60" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const file = resolve(positionals[0] ?? DEFAULT_FILE);
const sampleSize = Number(values.sample);
const seed = Number(values.seed);
if (!Number.isInteger(sampleSize) || sampleSize < 0 || !Number.isFinite(seed)) {
  console.error(USAGE);
  process.exit(2);
}
const outFile = resolve(values.out ?? join(tmpdir(), "claimboard-conflicts-sample.md"));
if (!existsSync(file)) {
  console.log(
    `bench:conflicts: ${file} not found; nothing to measure (pass a Papers with Code evaluation-tables.json).`,
  );
  process.exit(0);
}

// The product's modules load only now: a missing file exits 0 whatever state they are in.
const [{ openSource }, { openDatabase, rowsOf }, { seedMetrics }, { ingestSources }, { ruleExtractor }] =
  await Promise.all([
    import("../domain/read-source.js"),
    import("../db/client.js"),
    import("../domain/entities.js"),
    import("../domain/ingest.js"),
    import("../extractors/claims/index.js"),
  ]);

const log = (s: string) => process.stderr.write(`${s}\n`);
const gz = file.endsWith(".gz");
const text = gz ? gunzipSync(readFileSync(file)).toString("utf8") : readFileSync(file, "utf8");

// 1. Truth from the file itself.
let t0 = performance.now();
const truth = dumpTruth(JSON.parse(text) as unknown);
log(
  `truth: ${truth.treeRows} tree rows, ${truth.rows.length} distinct, ${truth.conflicts.length} genuine pairs (${Math.round(performance.now() - t0)} ms)`,
);

// 2. The product's import into a fresh database.
interface ClaimRow {
  flag_id: number;
  code: "CONFLICT" | "NAME_CLASH";
  explanation: string;
  claim_id: number;
  source_ref: string | null;
  value: number;
  value_text: string | null;
  subject_text: string | null;
  dataset_text: string | null;
  condition: string | null;
  metric: string;
  paper_title: string;
}

const work = mkdtempSync(join(tmpdir(), "cb-bench-conflicts-"));
let flagRows: ClaimRow[] = [];
let ingestSeconds = 0;
let ingestedClaims = 0;
const importedName = basename(file).replace(/\.gz$/, "");
try {
  let path = file;
  if (gz) {
    path = join(work, importedName);
    writeFileSync(path, text);
  }
  const handle = await openDatabase({ dataDir: join(work, "db"), purpose: "bench:conflicts" });
  try {
    await seedMetrics(handle.db);
    t0 = performance.now();
    log(`importing ${path} into a temporary PGlite (${work}) ...`);
    const summary = await ingestSources(handle.db, [await openSource(path)], ruleExtractor, { files: [path] });
    ingestSeconds = (performance.now() - t0) / 1000;
    ingestedClaims = summary.claimsInserted;
    log(`imported: ${summary.claimsInserted} claims in ${ingestSeconds.toFixed(1)} s`);
    flagRows = rowsOf<ClaimRow>(
      await handle.db.execute(sql`
        select f.id as flag_id, f.code, f.explanation, c.id as claim_id, c.source_ref, c.value, c.value_text, c.subject_text,
               c.dataset_text, c.condition, m.name as metric, p.title as paper_title
        from flags f
        join flag_claims fc on fc.flag_id = f.id
        join claims c on c.id = fc.claim_id
        join metrics m on m.id = c.metric_id
        join papers p on p.id = c.paper_id
        where f.code in ('CONFLICT', 'NAME_CLASH')
        order by f.id, c.id`),
    );
  } finally {
    await handle.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 3. Judge every flag from its claims' pointers.
interface JudgedFlag {
  id: number;
  code: ClaimRow["code"];
  explanation: string;
  claims: ClaimRow[];
  verdict: FlagVerdict;
}
const byFlag = new Map<number, ClaimRow[]>();
for (const r of flagRows) {
  const list = byFlag.get(r.flag_id);
  if (list) list.push(r);
  else byFlag.set(r.flag_id, [r]);
}
let foreignRefs = 0;
const pointerOf = (ref: string | null): string => {
  if (!ref) return "";
  const at = ref.indexOf("#");
  if (ref.slice(0, at) !== importedName) foreignRefs++;
  return at < 0 ? "" : ref.slice(at + 1);
};
const judged: JudgedFlag[] = [...byFlag].map(([id, claims]) => ({
  id,
  code: claims[0]!.code,
  explanation: claims[0]!.explanation,
  claims,
  verdict: judgeFlag(
    truth,
    claims.map((c) => pointerOf(c.source_ref)),
  ),
}));

// NAME_CLASH flags (a generic name, or two papers' own methods of one name) are low-severity prompts to
// tell two systems apart, not conflicts: precision and the sample are about CONFLICT flags.
const flags = judged.filter((f) => f.code === "CONFLICT");
const clashFlags = judged.filter((f) => f.code === "NAME_CLASH");
const causeCounts = Object.fromEntries(
  CAUSES.map((c) => [c, flags.filter((f) => f.verdict.causes.includes(c)).length]),
) as Record<string, number>;
const verdictCounts: Record<string, number> = {};
for (const f of flags) verdictCounts[f.verdict.verdict] = (verdictCounts[f.verdict.verdict] ?? 0) + 1;
const genuineFlags = flags.filter((f) => f.verdict.genuine).length;

// Recall: a genuine pair is covered when both its cells are claims of one flag.
function coveredBy(list: JudgedFlag[]) {
  const flagsByCell = new Map<string, Set<number>>();
  for (const f of list)
    for (const c of f.verdict.cells) {
      if (!c) continue;
      const k = cellKey(c);
      (flagsByCell.get(k) ?? flagsByCell.set(k, new Set()).get(k)!).add(f.id);
    }
  return truth.conflicts.filter((p) => {
    const fa = flagsByCell.get(cellKey(p.a));
    const fb = flagsByCell.get(cellKey(p.b));
    return fa !== undefined && fb !== undefined && [...fa].some((id) => fb.has(id));
  });
}
const covered = coveredBy(flags);
const coveredAny = coveredBy(judged);
const missed = truth.conflicts.filter((p) => !covered.includes(p));
const missedAny = truth.conflicts.filter((p) => !coveredAny.includes(p));
const genuineClashFlags = clashFlags.filter((f) => f.verdict.genuine).length;

/**
 * Why the product leaves a pair of the dump's definition unflagged, by its own identity rules (so the
 * figures say which misses are deliberate): a generic name (LSTM, ResNet-50, "He et al."), two papers'
 * own methods of one name (PAN and PAN), or one paper under two records (a title given twice).
 */
const [{ systemIdentity }, { ownMethod }] = await Promise.all([
  import("../extractors/identity/systems.js"),
  import("../domain/flags/rules.js"),
]);
function whyMissed(
  p: (typeof missed)[number],
): "generic name" | "two papers' own methods" | "one paper title" | "not deliberate" {
  if (systemIdentity(p.model).generic) return "generic name";
  const own = (c: typeof p.a) =>
    ownMethod({ subjectName: p.model, paperTitle: c.row.paperTitle ?? "" } as Parameters<typeof ownMethod>[0]);
  if (own(p.a) && own(p.b)) return "two papers' own methods";
  if (p.a.row.paperTitle && p.a.row.paperTitle === p.b.row.paperTitle) return "one paper title";
  return "not deliberate";
}
const reasonOf = new Map(missed.map((p) => [p, whyMissed(p)]));
const missedWhy = new Map<string, number>();
for (const why of reasonOf.values()) missedWhy.set(why, (missedWhy.get(why) ?? 0) + 1);
const deliberate = missed.length - (missedWhy.get("not deliberate") ?? 0);

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);
const figures = {
  file,
  treeRows: truth.treeRows,
  distinctRows: truth.rows.length,
  cells: truth.cells,
  claimsImported: ingestedClaims,
  ingestSeconds: Math.round(ingestSeconds),
  conflictFlags: flags.length,
  causes: causeCounts,
  verdicts: verdictCounts,
  genuineFlags,
  precision: flags.length ? genuineFlags / flags.length : null,
  genuinePairs: truth.conflicts.length,
  genuineGroups: truth.conflictGroups,
  scaleOnlyPairs: truth.scaleOnlyPairs,
  coveredPairs: covered.length,
  recall: truth.conflicts.length ? covered.length / truth.conflicts.length : null,
  missedByReason: Object.fromEntries(missedWhy),
  recallWithoutDeliberate:
    truth.conflicts.length - deliberate ? covered.length / (truth.conflicts.length - deliberate) : null,
  nameClashFlags: clashFlags.length,
  genuineNameClashFlags: genuineClashFlags,
  coveredPairsAnyFlag: coveredAny.length,
  recallAnyFlag: truth.conflicts.length ? coveredAny.length / truth.conflicts.length : null,
  claimsFromOtherFiles: foreignRefs,
};

// 4. A sample for a person to judge.
function mulberry32(a: number) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(seed);
const shuffled = [...flags];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
}
const sample = shuffled.slice(0, sampleSize).sort((a, b) => a.id - b.id);
const sampleClaims = (f: JudgedFlag) =>
  f.claims.map((c, i) => {
    const cell: DumpCell | null = f.verdict.cells[i] ?? null;
    return {
      claimId: c.claim_id,
      pointer: pointerOf(c.source_ref),
      model: cell?.row.model ?? null,
      productSubject: c.subject_text,
      value: c.value,
      valueAsWritten: cell ? cell.raw : c.value_text,
      metricColumn: cell?.header ?? null,
      productMetric: c.metric,
      condition: c.condition,
      leafTask: cell ? cell.row.leafTasks.join(" | ") : null,
      datasetPath: cell?.row.datasetPath ?? c.dataset_text,
      paperTitle: cell?.row.paperTitle ?? c.paper_title,
      paperUrl: cell?.row.paperUrl ?? null,
      repeatedInFile: cell ? cell.row.pointers.length : null,
    };
  });
if (sampleSize > 0) {
  if (outFile.endsWith(".md")) {
    const md: string[] = [
      `# CONFLICT flags: random sample of ${sample.length} of ${flags.length} (seed ${seed})`,
      "",
      `File: ${file}. Automatic verdicts come from the file's structure (bench/pwc-dump-truth.ts). Judge each: genuine / not genuine, and why.`,
      "",
    ];
    for (const f of sample) {
      md.push(
        `## Flag ${f.id}: ${f.verdict.verdict === "genuine" ? "GENUINE" : `not genuine (${f.verdict.verdict})`}`,
        "",
      );
      md.push(`> ${f.explanation}`, "", `Automatic verdict: **${f.verdict.verdict}** — ${f.verdict.reason}`, "");
      if (f.verdict.causes.length)
        md.push(`Causes found: ${f.verdict.causes.map((c) => CAUSE_TEXT[c]).join("; ")}`, "");
      md.push(
        "| model (as written) | value | metric column | leaf task | dataset path | paper | rows in file |",
        "| --- | --- | --- | --- | --- | --- | --- |",
      );
      const cellText = (v: unknown) =>
        String(v ?? "")
          .replace(/\|/g, "\\|")
          .replace(/\n/g, " ");
      for (const c of sampleClaims(f)) {
        md.push(
          `| ${cellText(c.model ?? c.productSubject)} | ${cellText(c.valueAsWritten)} | ${cellText(c.metricColumn ?? c.productMetric)} | ${cellText(c.leafTask)} | ${cellText(c.datasetPath)} | ${cellText(c.paperTitle)} | ${cellText(c.repeatedInFile)} |`,
        );
      }
      md.push("", "Your verdict: ", "");
    }
    writeFileSync(outFile, md.join("\n"));
  } else {
    writeFileSync(
      outFile,
      `${sample
        .map((f) =>
          JSON.stringify({
            flagId: f.id,
            explanation: f.explanation,
            verdict: f.verdict.verdict,
            genuine: f.verdict.genuine,
            reason: f.verdict.reason,
            causes: f.verdict.causes,
            claims: sampleClaims(f),
          }),
        )
        .join("\n")}\n`,
    );
  }
}

if (values.json) {
  console.log(JSON.stringify({ ...figures, sampleFile: sampleSize > 0 ? outFile : null }));
} else {
  const w = String(flags.length).length + 1;
  console.log(
    `${basename(file)}: ${truth.treeRows.toLocaleString("en")} rows as a tree, ${truth.rows.length.toLocaleString("en")} distinct (${truth.parentRepeatRows} also listed under a parent task), ${truth.cells.toLocaleString("en")} cells`,
  );
  console.log(`import: ${ingestedClaims.toLocaleString("en")} claims in ${ingestSeconds.toFixed(0)} s`);
  console.log(`CONFLICT flags: ${flags.length}`);
  console.log("flags with each cause (a flag can have several):");
  for (const c of CAUSES) console.log(`  ${String(causeCounts[c]).padStart(w)}  ${CAUSE_TEXT[c]}`);
  console.log(`  ${String(genuineFlags).padStart(w)}  ${CAUSE_TEXT.genuine}`);
  console.log("one verdict per flag (genuine, else the first cause above):");
  for (const [v, n] of Object.entries(verdictCounts).sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(w)}  ${v}`);
  console.log(
    `genuine conflicts in the file: ${truth.conflicts.length} pairs in ${truth.conflictGroups} (task, dataset, column, model) groups` +
      (truth.scaleOnlyPairs ? `; ${truth.scaleOnlyPairs} more pairs differ only by ×100/×1000` : ""),
  );
  console.log(
    `covered by a CONFLICT flag (both cells in one flag): ${covered.length} -> recall ${pct(covered.length, truth.conflicts.length)}`,
  );
  console.log(`genuine flags: ${genuineFlags} of ${flags.length} -> precision ${pct(genuineFlags, flags.length)}`);
  console.log(
    `recall without the pairs the identity rules leave out on purpose (${deliberate}): ${covered.length} of ${truth.conflicts.length - deliberate} -> ${pct(covered.length, truth.conflicts.length - deliberate)}`,
  );
  console.log(
    `NAME_CLASH flags (generic names, two papers' own methods of one name; low severity): ${clashFlags.length}, ${genuineClashFlags} genuine by the file's definition`,
  );
  console.log(
    `covered by a CONFLICT or NAME_CLASH flag: ${coveredAny.length} -> recall ${pct(coveredAny.length, truth.conflicts.length)}`,
  );
  if (missedAny.length) {
    console.log(`flagged by neither (${missedAny.length}):`);
    for (const p of missedAny.slice(0, 15))
      console.log(
        `  ${p.task} / ${p.datasetPath} / ${p.header} / ${p.model}: ${String(p.a.raw)} vs ${String(p.b.raw)} [${whyMissed(p)}]`,
      );
  }
  if (missed.length) {
    console.log(`missed by CONFLICT flags (${[...missedWhy].map(([k, n]) => `${n} ${k}`).join(", ")}):`);
    for (const p of missed.slice(0, 15))
      console.log(
        `  ${p.task} / ${p.datasetPath} / ${p.header} / ${p.model}: ${String(p.a.raw)} vs ${String(p.b.raw)} [${reasonOf.get(p)}]`,
      );
    if (missed.length > 15) console.log(`  ... and ${missed.length - 15} more`);
  }
  if (foreignRefs) console.log(`note: ${foreignRefs} flagged claims came from another file than ${importedName}`);
  if (sampleSize > 0) console.log(`sample of ${sample.length} flags (seed ${seed}) -> ${outFile}`);
}
