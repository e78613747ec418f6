import { beforeAll, describe, expect, it } from "vitest";
import { SearchResultSchema } from "../../contracts/search.js";
import { ingestSources } from "../../domain/ingest.js";
import { databaseForFile, getJson } from "../helpers/api.js";
import { paper } from "../helpers/fake-extractor.js";
import { scriptedExtractor, type ScriptedClaim } from "../helpers/web-server.js";

// The board a person means has fewer claims here than its variants and look-alikes, so size alone
// would put it last: GSM8K 2 claims (and a zero-shot board of 1), GSM8K-Hard 4, MyGSM8K Bench 5;
// ImageNet 2, ImageNet-R 4, Tiny-ImageNet 5.
const fixture = databaseForFile();
const boards: [dataset: string, claims: number][] = [
  ["GSM8K", 2],
  ["GSM8K-Hard", 4],
  ["MyGSM8K Bench", 5],
  ["ImageNet", 2],
  ["ImageNet-R", 4],
  ["Tiny-ImageNet", 5],
];
const systems = ["Able", "Baker", "Charlie", "Dog", "Easy"];

beforeAll(async () => {
  const script: Record<string, ScriptedClaim[]> = {};
  const papers = [];
  for (const [dataset, n] of boards) {
    for (let i = 0; i < n; i++) {
      const title = `${dataset} paper ${i}`;
      const abstract = `${systems[i]} gets ${50 + i}.0% on ${dataset}.`;
      script[title] = [
        {
          metric: "accuracy",
          value: 50 + i,
          unit: "%",
          subject: systems[i]!,
          dataset,
          evidence: `${50 + i}.0% on ${dataset}`,
        },
      ];
      papers.push(paper(title, abstract));
    }
  }
  script["GSM8K zero-shot paper"] = [
    {
      metric: "accuracy",
      value: 40,
      unit: "%",
      subject: "Fox",
      dataset: "GSM8K",
      evidence: "40.0% on GSM8K",
      condition: "zero-shot",
    },
  ];
  papers.push(paper("GSM8K zero-shot paper", "Fox gets 40.0% on GSM8K zero-shot."));
  await ingestSources(fixture.db, [{ file: "s.jsonl", papers }], scriptedExtractor(script), { files: ["s.jsonl"] });
});

const boardsFor = async (q: string) =>
  (
    await getJson(fixture.app, `/api/search?q=${encodeURIComponent(q)}&limit=10`, 200, SearchResultSchema)
  ).benchmarks.map((b) => [b.dataset, b.setting, b.claimCount].join(" | "));

describe("search ranks the boards people mean first", () => {
  it("gsm8k: GSM8K's own boards (largest first), then its variant, then look-alikes", async () => {
    expect(await boardsFor("gsm8k")).toEqual([
      "GSM8K |  | 2",
      "GSM8K | zero-shot | 1",
      "GSM8K Hard |  | 4",
      "MyGSM8K Bench |  | 5",
    ]);
  });

  it("another spelling of the name finds the dataset and its family by identity, in the same order", async () => {
    // "GSM-8K" is not part of "MyGSM8K Bench", so the look-alike drops out.
    expect(await boardsFor("GSM-8K")).toEqual((await boardsFor("gsm8k")).slice(0, 3));
  });

  it("imagenet: ImageNet before ImageNet-R and Tiny-ImageNet, with or without the metric's name", async () => {
    const expected = ["ImageNet |  | 2", "ImageNet-R |  | 4", "Tiny-ImageNet |  | 5"];
    expect(await boardsFor("imagenet")).toEqual(expected);
    expect(await boardsFor("ImageNet accuracy")).toEqual(expected);
  });

  it("a word that names no dataset ranks by board size", async () => {
    expect((await boardsFor("accuracy")).slice(0, 2)).toEqual(["MyGSM8K Bench |  | 5", "Tiny-ImageNet |  | 5"]);
  });
});
