import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parseModelIndex, toModelIndexYaml } from "../../../extractors/tables/model-index.js";
import { parsePwcText } from "../../../extractors/tables/pwc.js";
import { TableRecordSchema, type TableRecord } from "../../../extractors/tables/types.js";

const README = `---
language: en
license: apache-2.0
tags:
- question-answering
model-index:
- name: roberta-base-squad2
  results:
  - task:
      type: question-answering
      name: Question Answering
    dataset:
      name: squad_v2
      type: squad_v2
      config: squad_v2
      split: validation
    metrics:
    - type: exact_match
      value: 79.9309
      name: Exact Match
      verified: true
    - type: f1
      value: 82.9501
      name: F1
    - type: total
      value: 11869
      name: total
  - task:
      type: text-classification
    dataset:
      name: GLUE
      type: glue
      config: mrpc
      split: test
    metrics:
    - type: accuracy
      value: "88.2%"
    - type: accuracy
      value: "-"
    - name: Top 1 Accuracy
      value: ~71
---

# roberta-base for QA

This is the model card. It contains --- dashes and model-index: words.
`;

describe("model-index", () => {
  it("reads the front matter of a README into records", () => {
    const r = parseModelIndex(README, "README.md");
    expect(r.problems).toEqual([]);
    expect(r.rejected).toEqual([
      { pointer: "/model-index/0/results/1/metrics/1/value", reason: "DASH_VALUE", rawValue: "-" },
    ]);
    const rows = r.records.map((x) => [x.dataset, x.metric, x.condition, x.value, x.unit, x.qualifier]);
    expect(rows).toEqual([
      ["squad_v2", "exact match", "val split", 79.9309, null, "exact"],
      ["squad_v2", "f1", "val split", 82.9501, null, "exact"],
      ["squad_v2", "total", "val split", 11869, null, "exact"],
      ["GLUE / mrpc", "accuracy", "test split", 88.2, "%", "exact"],
      ["GLUE / mrpc", "top-1 accuracy", "test split", 71, null, "approx"],
    ]);
    expect(r.records[0]).toMatchObject({
      paper: { title: "Model card: roberta-base-squad2", url: null, date: null, arxivId: null },
      subject: "roberta-base-squad2",
      task: "Question Answering",
      metricName: "Exact Match",
      direction: "higher",
      rawValue: "79.9309",
      note: "verified by Hugging Face",
      source: { file: "README.md", pointer: "/model-index/0/results/0/metrics/0/value" },
    });
    expect(r.records[3]!.task).toBe("text-classification");
    for (const rec of r.records) TableRecordSchema.parse(rec);
  });

  it("reads bare YAML too", () => {
    const yaml = README.split("---")[1]!;
    expect(parseModelIndex(yaml, "model-index.yaml").records).toHaveLength(5);
  });

  it.each<[string, string, string]>([
    ["no model-index", "---\nlicense: mit\n---\n# card", "no model-index"],
    ["model-index not a list", "model-index: 5", "model-index is not a list"],
    ["a scalar document", "just text", "not a YAML mapping"],
    ["results not a list", "model-index:\n- name: m\n  results: {}", "results is not a list"],
    [
      "dataset without a name",
      "model-index:\n- name: m\n  results:\n  - dataset: {}\n    metrics: []",
      "result without a dataset name",
    ],
    [
      "metric not a mapping",
      "model-index:\n- name: m\n  results:\n  - dataset: {name: d}\n    metrics: [3]",
      "metric is not a mapping",
    ],
  ])("reports %s", (_, text, reason) => {
    const r = parseModelIndex(text, "x.md");
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => p.reason)).toEqual([reason]);
  });

  it("rejects metrics of an entry without a name", () => {
    const r = parseModelIndex(
      "model-index:\n- results:\n  - dataset: {name: d}\n    metrics: [{type: accuracy, value: 1}]",
      "x.yaml",
    );
    expect(r.rejected).toEqual([
      { pointer: "/model-index/0/results/0/metrics/0/value", reason: "NO_MODEL_NAME", rawValue: "1" },
    ]);
  });

  it("reports broken YAML with its line", () => {
    const r = parseModelIndex("---\nmodel-index:\n- name: m\n  results: [\n---\n", "broken.md");
    expect(r.records).toEqual([]);
    expect(r.problems[0]!.reason).toMatch(/^not valid YAML/);
    expect(r.problems[0]!.line).toBeGreaterThan(1);
  });

  it("defeats a YAML alias bomb", () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const bomb = `${levels.join("\n")}\nmodel-index:\n- name: *j\n`;
    const t0 = performance.now();
    const r = parseModelIndex(bomb, "bomb.yaml");
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => p.reason)).toEqual(["too many YAML aliases (alias bomb)"]);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => void parseModelIndex(text, "any.md")),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (v) => void parseModelIndex(stringify({ "model-index": v }), "any.yaml")),
      { numRuns: 300 },
    );
  });

  it("does not run custom tags", () => {
    const r = parseModelIndex(
      'model-index:\n- name: !!js/function "function () { return 1 }"\n  results: []',
      "tags.yaml",
    );
    expect(r.records).toEqual([]);
  });
});

describe("toModelIndexYaml round trip", () => {
  // Direction is not written: it follows from the metric, except for a PwC column named only by its split
  // ("Test"), whose unnamed metric has no known direction there and the registry's "score" direction here.
  const comparable = (r: TableRecord) => [r.dataset, r.metric, r.condition, r.value, r.unit, r.qualifier, r.task];

  it("gives back value, metric, dataset and split of model card records", () => {
    const first = parseModelIndex(README, "README.md").records;
    const again = parseModelIndex(toModelIndexYaml("roberta-base-squad2", first), "again.yaml").records;
    expect(again.map(comparable)).toEqual(first.map(comparable));
    expect(again.every((r) => r.subject === "roberta-base-squad2")).toBe(true);
  });

  it.each(["cmrc.json", "hotpotqa.json", "nlp-progress.json", "snli.json", "chexpert.json"])(
    "gives back the records of %s, split and modifiers included",
    (file) => {
      const records = parsePwcText(readFileSync(`test/fixtures/pwc/${file}`, "utf8"), file).records;
      const bySubject = new Map<string, TableRecord[]>();
      for (const r of records) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
      for (const [subject, recs] of bySubject) {
        const again = parseModelIndex(toModelIndexYaml(subject, recs), "x.yaml");
        expect(again.rejected).toEqual([]);
        const sort = (rs: TableRecord[]) =>
          rs
            .map(comparable)
            .map((x) => JSON.stringify(x))
            .sort();
        expect(sort(again.records)).toEqual(sort(recs));
      }
    },
  );

  it("writes approximate and unit values as text and exact plain numbers as numbers", () => {
    const base = parseModelIndex(README, "README.md").records[0]!;
    const yaml = toModelIndexYaml("m", [
      { ...base, value: 3.4, unit: null, qualifier: "approx" },
      { ...base, value: 22, unit: "M", qualifier: "exact" },
      { ...base, value: 1, unit: null, qualifier: "less_than" },
      { ...base, value: 0.5, unit: null, qualifier: "exact" },
    ]);
    expect(yaml).toContain("value: ~3.4");
    expect(yaml).toContain("value: 22M");
    expect(yaml).toMatch(/value: "?<1"?\n/);
    expect(yaml).toContain("value: 0.5");
    const back = parseModelIndex(yaml, "x.yaml").records.map((r) => [r.value, r.unit, r.qualifier]);
    expect(back).toEqual([
      [3.4, null, "approx"],
      [22, "M", "exact"],
      [1, null, "less_than"],
      [0.5, null, "exact"],
    ]);
  });
});
