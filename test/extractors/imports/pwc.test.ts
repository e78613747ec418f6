import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalMetricName } from "../../../extractors/imports/metric-names.js";
import { parsePwc } from "../../../extractors/imports/pwc.js";
import { TableRecordSchema } from "../../../extractors/imports/types.js";

const load = (name: string) => parsePwc(JSON.parse(readFileSync(`test/fixtures/pwc/${name}`, "utf8")), name);
const byReason = (r: ReturnType<typeof load>) => {
  const out: Record<string, number> = {};
  for (const x of r.rejected) out[x.reason] = (out[x.reason] ?? 0) + 1;
  return out;
};

describe("Papers with Code evaluation tables", () => {
  // Records + rejected add up to the file's cells (the README's "results" counts values per metric cell).
  it.each<[string, number, Record<string, number>]>([
    ["chexpert.json", 350, {}],
    ["cmrc.json", 202, {}],
    ["coqa.json", 129, {}],
    ["eff.json", 1714, {}],
    ["hotpotqa.json", 396, { NO_MODEL_NAME: 30 }],
    ["nlp-progress.json", 1117, { DASH_VALUE: 54, NOT_A_NUMBER: 13, EMPTY_VALUE: 22, MULTIPLE_VALUES: 12 }],
    ["nlpprogress.json", 771, { DASH_VALUE: 34, NO_MODEL_NAME: 3, EMPTY_VALUE: 9, NOT_A_NUMBER: 4, MULTIPLE_VALUES: 5 }],
    ["record.json", 24, {}],
    ["redditsota.json", 28, { MULTIPLE_VALUES: 4 }],
    ["snli.json", 188, { EMPTY_VALUE: 2, DASH_VALUE: 2 }],
  ])("%s: %i records, rejections %j", (file, records, rejected) => {
    const r = load(file);
    expect(r.records).toHaveLength(records);
    expect(byReason(r)).toEqual(rejected);
    for (const rec of r.records) TableRecordSchema.parse(rec);
  });

  it("keeps provenance, splits and papers", () => {
    const r = load("cmrc.json");
    const z = r.records.find((x) => x.subject === "Z-Reader (single model)" && x.metricName === "TEST-EM")!;
    expect(z).toMatchObject({ value: 74.178, metric: "exact match", condition: "test split", rawValue: "74.178", dataset: "CMRC 2018 (Chinese Machine Reading Comprehension 2018)" });
    expect(z.source.pointer).toMatch(/^\/0\/datasets\/0\/sota\/rows\/\d+\/metrics\/TEST-EM$/);
    const url = load("chexpert.json").records.find((x) => x.paper.url?.includes("arxiv.org/abs/2012.03173"))!;
    expect(url.paper).toMatchObject({ title: "https://arxiv.org/abs/2012.03173", arxivId: "2012.03173", date: "2020-08-31" });
  });

  it("never throws on malformed structure and says where it is", () => {
    const weird = [
      null,
      { task: "T", datasets: "nope" },
      { task: "T", datasets: [{ dataset: "D", sota: { rows: [{ model_name: "M", metrics: { Acc: "91%" } }, 7, { model_name: "N", metrics: null }] }, subdatasets: [{ dataset: "Part", sota: { rows: [{ model_name: "M", metrics: { Acc: "88" } }] } }] }] },
    ];
    const r = parsePwc(weird, "weird.json");
    expect(r.records.map((x) => [x.dataset, x.value, x.unit])).toEqual([
      ["D", 91, "%"],
      ["D / Part", 88, null],
    ]);
    expect(r.rejected.map((x) => x.pointer)).toEqual(["/0", "/1/datasets", "/2/datasets/0/sota/rows/1", "/2/datasets/0/sota/rows/2"]);
    expect(parsePwc("just a string", "s.json").rejected).toHaveLength(1);
  });

  it.each<[string, string, string | null]>([
    ["TEST-EM", "exact match", "test"],
    ["CHALLENGE-F1", "f1", "challenge"],
    ["Accuracy", "accuracy", null],
    ["Test", "score", "test"],
    ["Top 1 Accuracy", "top-1 accuracy", null],
    ["AVERAGE AUC ON 14 LABEL", "average auc on 14 label", null],
  ])("metric header %s -> %s (%s split)", (header, metric, split) => {
    expect(canonicalMetricName(header)).toMatchObject({ metric, split });
  });
});
