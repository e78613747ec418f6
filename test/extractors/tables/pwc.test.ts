import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapMetricHeader, type MetricHeader } from "../../../extractors/tables/metric-names.js";
import { parsePwc, parsePwcText } from "../../../extractors/tables/pwc.js";
import { countByReason, TableRecordSchema, type TableRecord } from "../../../extractors/tables/types.js";

const DIR = "test/fixtures/pwc";
const load = (name: string) => parsePwcText(readFileSync(`${DIR}/${name}`, "utf8"), name);
const keyOf = (r: TableRecord) => [r.subject, r.dataset, r.metric, r.condition].join(" | ");

function conflictingKeys(records: TableRecord[]): number {
  const values = new Map<string, Set<number>>();
  for (const r of records) values.set(keyOf(r), (values.get(keyOf(r)) ?? new Set()).add(r.value));
  return [...values.values()].filter((s) => s.size > 1).length;
}

describe("Papers with Code evaluation tables: exact counts", () => {
  // Cells = records + rejected. Cross-checked against an independent Python classifier of the same data:
  // chexpert: 175 rows x 2 numeric cells. cmrc: 54 rows, 202 cells; 5 "Unnamed System (single model)" rows
  // without a paper x 4 cells. hotpotqa: 10 "Anonymous" rows x 6 cells, 5 rows without model or paper x 6.
  // nlp-progress: dashes ("-", "−", "--", "--*"), 22 empty cells, 12 names or Yes/No in value slots,
  // 11 "a/b" pairs, one "?". Rows listed twice in one leaderboard (same task path, same content) are one
  // result, stored once: chexpert 2 rows (4 cells), eff 1 cell, nlpprogress 2 cells, redditsota 1 row.
  it.each<[string, number, Record<string, number>]>([
    ["chexpert.json", 346, {}],
    ["cmrc.json", 182, { ANONYMOUS_MODEL: 20 }],
    ["coqa.json", 129, {}],
    ["eff.json", 1713, {}],
    ["hotpotqa.json", 336, { ANONYMOUS_MODEL: 60, NO_MODEL_NAME: 30 }],
    [
      "nlp-progress.json",
      1118,
      { DASH_VALUE: 54, EMPTY_VALUE: 22, NOT_A_NUMBER: 12, MULTIPLE_VALUES: 11, UNKNOWN_VALUE: 1 },
    ],
    [
      "nlpprogress.json",
      769,
      { DASH_VALUE: 34, EMPTY_VALUE: 9, MULTIPLE_VALUES: 5, NOT_A_NUMBER: 3, NO_MODEL_NAME: 3, UNKNOWN_VALUE: 1 },
    ],
    ["record.json", 24, {}],
    ["redditsota.json", 28, { MULTIPLE_VALUES: 3 }],
    ["snli.json", 188, { EMPTY_VALUE: 2, DASH_VALUE: 2 }],
  ])("%s: %i records, rejected %j", (file, records, rejected) => {
    const r = load(file);
    expect(r.records).toHaveLength(records);
    expect(countByReason(r.rejected)).toEqual(rejected);
    expect(r.problems).toEqual([]);
    for (const rec of r.records) expect(TableRecordSchema.safeParse(rec).success).toBe(true);
  });

  it("covers every file in the fixture directory without throwing", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
    expect(files).toHaveLength(10);
    const total = files.reduce((n, f) => n + load(f).records.length, 0);
    expect(total).toBe(4833);
  });
});

describe("Papers with Code: what a record says", () => {
  it("keeps splits apart and points at the cell", () => {
    const z = load("cmrc.json").records.filter((x) => x.subject === "Z-Reader (single model)");
    expect(z.map((x) => [x.metricName, x.metric, x.condition, x.value])).toEqual([
      ["CHALLENGE-EM", "exact match", "challenge split", 13.889],
      ["CHALLENGE-F1", "f1", "challenge split", 37.422],
      ["TEST-EM", "exact match", "test split", 74.178],
      ["TEST-F1", "f1", "test split", 88.145],
    ]);
    expect(z[2]).toMatchObject({
      paper: { title: "Leaderboard entry: Z-Reader (single model)", url: null, date: "2018-09-17", arxivId: null },
      dataset: "CMRC 2018 (Chinese Machine Reading Comprehension 2018)",
      task: "Chinese Reading Comprehension",
      direction: "higher",
      rawValue: "74.178",
      qualifier: "exact",
      source: { file: "cmrc.json", pointer: "/0/datasets/0/sota/rows/0/metrics/TEST-EM" },
    });
  });

  it("finds the same model/dataset/metric/split reported with different values", () => {
    expect(conflictingKeys(load("chexpert.json").records)).toBe(4);
    expect(conflictingKeys(load("cmrc.json").records)).toBe(20);
    const desmond = load("chexpert.json").records.filter((r) => r.subject === "desmond" && r.metric === "auc");
    expect(new Set(desmond.map((r) => r.value))).toEqual(new Set([0.916, 0.927]));
    expect(desmond[0]).toMatchObject({
      condition: "average over 14 labels",
      paper: { title: "https://github.com/inisis/chexpert" },
    });
  });

  it("gives every row of one paper one title", () => {
    const ch = load("chexpert.json").records;
    const h = ch.filter(
      (r) => r.subject.startsWith("Hierarchical-Learning-V1") || r.subject.startsWith("Hierarchical-Learning-V4"),
    );
    expect(new Set(h.map((r) => r.paper.title))).toEqual(new Set(["arXiv:1911.06475"]));
    expect(h[0]!.paper).toMatchObject({ arxivId: "1911.06475", url: "https://arxiv.org/abs/1911.06475" });
    // "https://github.com/inisis/chexpert)" and the same URL without the stray bracket are one paper.
    const inisis = ch.filter((r) => r.paper.url?.includes("github.com/inisis"));
    expect(new Set(inisis.map((r) => r.paper.title))).toEqual(new Set(["https://github.com/inisis/chexpert"]));
    // Rows linking the same arXiv paper (pdf or abs) share one title, even where one row misspells it.
    const np = load("nlpprogress.json").records.filter((r) => r.paper.arxivId === "1611.01603");
    expect(np).toHaveLength(8);
    expect(new Set(np.map((r) => r.paper.title))).toEqual(
      new Set(["Bidirectional Attention Flow for Machine Comprehension"]),
    );
  });

  it("names a row without a model after its paper", () => {
    const erase = load("redditsota.json").records.find((r) => r.paper.title.startsWith("EraseReLU"))!;
    expect(erase).toMatchObject({
      subject: "EraseReLU",
      metric: "error rate",
      condition: "test split",
      unit: "%",
      direction: "lower",
    });
    expect(erase.note).toContain("named after the paper");
  });

  it("joins subdatasets to their parent unless the name already says it", () => {
    const datasets = new Set(load("nlpprogress.json").records.map((r) => r.dataset));
    expect(datasets).toContain("SemEval 2018 / General");
    expect(datasets).toContain("JFLEG / Restricted");
    expect(datasets).toContain("TREC-6");
    expect(datasets).toContain("LDC2014T12");
  });

  it("reads qualifiers, units and notes from messy cells", () => {
    const all = [...load("nlp-progress.json").records, ...load("nlpprogress.json").records];
    const by = (raw: string) => all.find((r) => r.rawValue === raw)!;
    expect(by("60.9+")).toMatchObject({ value: 60.9, qualifier: "exact", note: "footnote mark + in the source" });
    expect(by("63.7*")).toMatchObject({ value: 63.7, qualifier: "exact", note: "footnote mark * in the source" });
    expect(by("43B?")).toMatchObject({
      value: 43,
      unit: "B",
      qualifier: "approx",
      metric: "parameters",
      direction: "lower",
    });
    expect(by("~257M")).toMatchObject({ value: 257, unit: "M", qualifier: "approx" });
    expect(by("77.1%")).toMatchObject({ value: 77.1, unit: "%" });
    expect(by("**70.3**")).toMatchObject({ value: 70.3, note: "emphasized in the source" });
  });

  it("marks percentage columns and extra training data", () => {
    const snli = load("snli.json").records;
    const test = snli.find((r) => r.metricName === "% Test Accuracy")!;
    expect(test).toMatchObject({ metric: "accuracy", unit: "%" });
    expect(test.condition).toMatch(/^test split/);
    expect(snli.some((r) => r.metricName === "% Train Accuracy" && r.condition?.startsWith("train split"))).toBe(true);
  });
});

describe("Papers with Code: malformed input", () => {
  it("reports wrong types with their pointer and keeps going", () => {
    const weird = [
      null,
      { task: "T", datasets: "nope", subtasks: [{ task: 5, datasets: [7] }] },
      {
        task: "T",
        datasets: [
          {
            dataset: "D",
            sota: {
              rows: [
                { model_name: "M", paper_title: 3, metrics: { Acc: "91%" } },
                7,
                { model_name: "N", metrics: null },
                { model_name: "O", metrics: { "": "1", F1: ["x"] } },
              ],
            },
            subdatasets: [
              { subdataset: "Part", sota: { rows: [{ model_name: "M", metrics: { Acc: 88 } }] } },
              { sota: "x" },
            ],
          },
          { dataset: "E", sota: [] },
        ],
      },
    ];
    const r = parsePwc(weird, "weird.json");
    expect(r.records.map((x) => [x.dataset, x.subject, x.value, x.unit])).toEqual([
      ["D", "M", 91, "%"],
      ["D / Part", "M", 88, null],
    ]);
    expect(r.rejected).toEqual([
      { pointer: "/2/datasets/0/sota/rows/3/metrics/F1", reason: "WRONG_TYPE", rawValue: '["x"]' },
    ]);
    expect(r.problems.map((p) => [p.where, p.reason])).toEqual([
      ["/0", "task is not an object"],
      ["/1/datasets", "expected a list"],
      ["/1/subtasks/0/task", "task name is not a string"],
      ["/1/subtasks/0/datasets/0", "dataset is not an object"],
      ["/2/datasets/0/sota/rows/1", "row is not an object"],
      ["/2/datasets/0/sota/rows/2/metrics", "row metrics are not an object"],
      ["/2/datasets/0/subdatasets/1", "subdataset without a name"],
      ["/2/datasets/1/sota", "sota is not an object"],
      ["/2/datasets/0/sota/rows/0/paper_title", "paper_title is not a string"],
      ["/2/datasets/0/sota/rows/3/metrics/", "metric without a name"],
    ]);
  });

  it.each<[string, unknown]>([
    ["a string", "just a string"],
    ["a number", 42],
    ["null", null],
  ])("rejects %s at the top level", (_, data) => {
    expect(parsePwc(data, "x.json").problems).toEqual([
      { line: null, reason: "top level is not a list of tasks", where: "" },
    ]);
  });

  it("reports truncated and broken JSON instead of throwing", () => {
    const text = readFileSync(`${DIR}/record.json`, "utf8");
    expect(parsePwcText(text.slice(0, text.length / 2), "cut.json").problems).toEqual([
      { line: null, reason: "not valid JSON (truncated)", where: "" },
    ]);
    expect(parsePwcText("[{,}]", "bad.json").problems[0]!.reason).toBe("not valid JSON");
  });

  it("survives hostile nesting without overflowing the stack", () => {
    let task: Record<string, unknown> = { task: "leaf" };
    for (let i = 0; i < 5000; i++) task = { task: `t${i}`, subtasks: [task] };
    const r = parsePwc([task], "deep.json");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.reason).toBe("nested too deeply");
  });

  it("never throws on arbitrary values, whole or spliced into a real file", () => {
    fc.assert(
      fc.property(fc.anything(), (data) => void parsePwc(data, "any.json")),
      { numRuns: 300 },
    );
    const real = JSON.parse(readFileSync(`${DIR}/cmrc.json`, "utf8")) as unknown[];
    const paths = [
      "datasets",
      "sota",
      "rows",
      "metrics",
      "subdatasets",
      "subtasks",
      "model_name",
      "paper_title",
      "paper_url",
      "paper_date",
      "dataset",
      "task",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (key, junk) => {
        // Replace every occurrence of one key with junk and parse again.
        const mutated = JSON.parse(JSON.stringify(real), (k, v) => (k === key ? junk : v)) as unknown;
        const r = parsePwc(mutated, "mutated.json");
        for (const rec of r.records) expect(TableRecordSchema.safeParse(rec).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("is linear in the number of cells", () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({
      model_name: `m${i}`,
      metrics: { Accuracy: `${i % 100}.5%`, F1: "-" },
    }));
    const t0 = performance.now();
    const r = parsePwc([{ task: "T", datasets: [{ dataset: "D", sota: { rows } }] }], "big.json");
    expect(r.records).toHaveLength(50_000);
    expect(r.rejected).toHaveLength(50_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe("metric headers", () => {
  it.each<[string, Partial<MetricHeader>]>([
    ["TEST-EM", { metric: "exact match", split: "test", modifier: null }],
    ["CHALLENGE-F1", { metric: "f1", split: "challenge" }],
    ["EM", { metric: "exact match", split: null }],
    ["Top 1 Accuracy", { metric: "top-1 accuracy", direction: "higher" }],
    ["BLEU score", { metric: "bleu" }],
    ["AUC", { metric: "auc" }],
    ["Params", { metric: "parameters", direction: "lower" }],
    ["Number of params", { metric: "parameters", direction: "lower" }],
    ["AVERAGE AUC ON 14 LABEL", { metric: "auc", modifier: "average over 14 labels" }],
    ["NUM RADS BELOW CURVE", { metric: "num rads below curve", direction: "higher" }],
    ["% Test Accuracy", { metric: "accuracy", split: "test" }],
    ["Validation perplexity", { metric: "perplexity", split: "val", direction: "lower" }],
    ["Test Error", { metric: "error rate", split: "test", direction: "lower" }],
    ["ANS-EM", { metric: "exact match", modifier: "answer" }],
    ["SUP-F1", { metric: "f1", modifier: "supporting facts" }],
    ["EM (Quasar-T)", { metric: "exact match", modifier: "quasar-t" }],
    ["Bit per Character (BPC)", { metric: "bits per byte", modifier: null, direction: "lower" }],
    ["Weighted Accuracy (WAA)", { metric: "weighted-accuracy", modifier: null }],
    ["ROUGE-2*", { metric: "rouge-2" }],
    ["Test", { metric: "score", split: "test", direction: null }],
    ["SemEval 2007", { metric: "semeval 2007", direction: null }],
    ["Data", { metric: "data", direction: null }],
    ["Price", { metric: "price" }],
    ["Model Entropy", { metric: "model entropy", direction: "lower" }],
    ["exact_match", { metric: "exact match" }],
  ])("%s", (header, expected) => {
    expect(mapMetricHeader(header)).toMatchObject(expected);
  });

  it("maps every metric it produces to itself, so keys are stable", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
    const metrics = new Set(files.flatMap((f) => load(f).records.map((r) => r.metric)));
    for (const m of metrics) expect([m, mapMetricHeader(m).metric]).toEqual([m, m]);
  });
});

describe("rows repeated under parent tasks", () => {
  const row = {
    model_name: "RefineDet512+",
    paper_title: "Single-Shot Refinement",
    paper_url: "https://arxiv.org/abs/1711.06897",
    metrics: { AP: "41.8" },
  };
  const other = { ...row, model_name: "RefineDet512", metrics: { AP: "36.4" } };
  const dump = [
    {
      task: "Object Detection",
      datasets: [{ dataset: "COCO test-dev", sota: { rows: [row, other] } }],
      subtasks: [
        { task: "Real-Time Object Detection", datasets: [{ dataset: "COCO test-dev", sota: { rows: [row] } }] },
        { task: "Weakly Supervised Object Detection", datasets: [{ dataset: "COCO test-dev", sota: { rows: [row] } }] },
      ],
    },
  ];

  it("keeps a row once per leaf task, and a parent's copy only when no subtask has it", () => {
    const r = parsePwc(dump, "dump.json");
    const tasks = r.records.map((x) => `${x.subject} | ${x.task}`).sort();
    expect(tasks).toEqual([
      "RefineDet512 | Object Detection",
      "RefineDet512+ | Real-Time Object Detection",
      "RefineDet512+ | Weakly Supervised Object Detection",
    ]);
  });
});

describe("rows repeated under tasks of one name", () => {
  it("keeps one copy of a row listed under the same leaf task in two subtrees", () => {
    const row = { model_name: "REN", paper_title: "Region Ensemble Network", metrics: { "Average 3D Error": "12.7" } };
    const dump = [
      {
        task: "Pose Estimation",
        subtasks: [{ task: "Hand Pose Estimation", datasets: [{ dataset: "NYU Hands", sota: { rows: [row] } }] }],
      },
      {
        task: "3D",
        subtasks: [{ task: "Hand Pose Estimation", datasets: [{ dataset: "NYU Hands", sota: { rows: [row] } }] }],
      },
    ];
    expect(parsePwc(dump, "dump.json").records).toHaveLength(1);
  });
});
