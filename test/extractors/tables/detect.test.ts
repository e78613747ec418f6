import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectTableFormat } from "../../../extractors/tables/detect.js";
import type { TableFormat } from "../../../extractors/tables/types.js";

const head = (path: string) => readFileSync(path, "utf8").slice(0, 4096);

describe("detectTableFormat", () => {
  it.each(readdirSync("test/fixtures/pwc").filter((f) => f.endsWith(".json")))("%s is pwc", (file) => {
    expect(detectTableFormat(file, head(`test/fixtures/pwc/${file}`))).toBe("pwc");
  });

  it.each<[string, string, TableFormat | null]>([
    ["query.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "arxiv-atom"],
    ["api", '\uFEFF  <feed xmlns="http://www.w3.org/2005/Atom"><entry>', "arxiv-atom"],
    ["page.html", "<!doctype html><html><body>", null],
    ["rss.xml", '<?xml version="1.0"?><rss version="2.0">', null],
    [
      "arxiv-metadata-oai-snapshot.json",
      '{"id":"0704.0001","submitter":"Pavel Nadolsky","authors":"C. Bal","title":"x","versions":[{"version":"v1"}]}\n{"id":"0704.0002"}',
      "arxiv-snapshot",
    ],
    ["papers.jsonl", '{"title":"A","abstract":"B"}\n', null],
    ["README.md", "---\nlanguage: en\nmodel-index:\n- name: m\n", "model-index"],
    ["README.md", "---\nlicense: mit\n---\n# A model", null],
    ["model-index.yaml", "model-index:\n  - name: m", "model-index"],
    [
      "evaluation-tables.json",
      '[\n  {\n    "categories": [],\n    "datasets": [\n      {\n        "dataset": "X"',
      "pwc",
    ],
    ["evaluation-tables.json", "[", "pwc"],
    ["one-task.json", '{"task": "QA", "description": "", "datasets": []}', "pwc"],
    ["papers.json", '[{"title": "A", "abstract": "B"}]', null],
    ["notes.txt", "hello", null],
    ["empty.json", "", null],
  ])("%s %j -> %s", (name, text, format) => {
    expect(detectTableFormat(name, text)).toBe(format);
  });
});
