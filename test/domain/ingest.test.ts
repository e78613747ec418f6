import { scriptedExtractor } from "../helpers/web-server.js";
import { resolveSubjectId } from "../../domain/lookup.js";
import { resolveDataset } from "../../extractors/identity/datasets.js";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../db/client.js";
import { claims, datasets, ingestRuns, papers, subjects } from "../../db/schema/index.js";
import { ingestSources, type SourceBatch } from "../../domain/ingest.js";
import type { Claim, ClaimExtractor } from "../../extractors/types.js";
import { createTestDatabase } from "../helpers/db.js";
import { openSource } from "../../domain/read-source.js";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fakeExtractor, paper } from "../helpers/fake-extractor.js";

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.db.delete(claims);
  await h.db.delete(papers);
});

const batch = (file: string, ...ps: ReturnType<typeof paper>[]): SourceBatch => ({ file, papers: ps, problems: [] });
const countOf = async (table: typeof papers | typeof claims) => (await h.db.select({ n: count() }).from(table))[0]!.n;

describe("ingest", () => {
  it("stores papers and claims, and a re-ingest changes nothing", async () => {
    const source = batch(
      "a.jsonl",
      paper("Alpha: a model", "Alpha reaches fid 2.5 on ImageNet. Alpha reaches accuracy 80.1% on CIFAR-10."),
      paper("Beta", "Beta reaches fid 3.1 on ImageNet."),
    );
    const first = await ingestSources(h.db, [source], fakeExtractor(), { files: ["a.jsonl"] });
    expect(first).toMatchObject({ papersNew: 2, papersUpdated: 0, papersUnchanged: 0, claimsInserted: 3 });
    const ids = (await h.db.select({ id: claims.id }).from(claims)).map((r) => r.id).sort();

    const second = await ingestSources(h.db, [source], fakeExtractor(), { files: ["a.jsonl"] });
    expect(second).toMatchObject({
      papersNew: 0,
      papersUpdated: 0,
      papersUnchanged: 2,
      claimsInserted: 0,
      claimsRemoved: 0,
    });
    expect((await h.db.select({ id: claims.id }).from(claims)).map((r) => r.id).sort()).toEqual(ids);
    expect(await countOf(papers)).toBe(2);
    const [run] = await h.db.select().from(ingestRuns).where(eq(ingestRuns.id, second.runId!));
    expect(run).toMatchObject({ status: "succeeded", papersUnchanged: 2 });
  });

  it("treats the same title with other case and punctuation as one paper and fills a missing date", async () => {
    await ingestSources(
      h.db,
      [
        batch("p1.txt", paper("Gamma: Fast Things", "Gamma reaches fid 1.5 on COCO.")),
        batch("p2.txt", paper("gamma - fast things!", "Gamma reaches fid 1.5 on COCO.", { date: "2024-03-01" })),
      ],
      fakeExtractor(),
      { files: ["p1.txt", "p2.txt"] },
    );
    const rows = await h.db.select().from(papers);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.date).toBe("2024-03-01");
  });

  it("replaces the claims of an updated abstract but keeps the ids of claims extracted again", async () => {
    await ingestSources(
      h.db,
      [batch("a", paper("Delta", "Delta reaches fid 4.0 on ImageNet. Delta reaches accuracy 70 on MNIST."))],
      fakeExtractor(),
      { files: ["a"] },
    );
    const [kept] = await h.db
      .select({ id: claims.id })
      .from(claims)
      .where(eq(claims.metricId, await metricId("fid")));
    const s = await ingestSources(
      h.db,
      [batch("a", paper("Delta", "Delta reaches fid 4.0 on ImageNet. Delta reaches accuracy 71 on MNIST."))],
      fakeExtractor(),
      { files: ["a"] },
    );
    expect(s).toMatchObject({ papersUpdated: 1, claimsInserted: 1, claimsRemoved: 1 });
    const values = (await h.db.select({ id: claims.id, value: claims.value }).from(claims)).sort(
      (a, b) => a.value - b.value,
    );
    expect(values.map((v) => v.value)).toEqual([4, 71]);
    expect(values[0]!.id).toBe(kept!.id);
  });

  it("re-extracts unchanged papers when the extractor version changes", async () => {
    const src = batch("a", paper("Eps", "Eps reaches fid 4.0 on ImageNet."));
    await ingestSources(h.db, [src], fakeExtractor("1"), { files: ["a"] });
    const s = await ingestSources(h.db, [src], fakeExtractor("2"), { files: ["a"] });
    expect(s).toMatchObject({ papersUpdated: 1, claimsInserted: 0, claimsRemoved: 0 });
    const [c] = await h.db.select().from(claims);
    expect(c!.extractorVersion).toBe("2");
  });

  it("a dry run stores nothing", async () => {
    const s = await ingestSources(
      h.db,
      [batch("a", paper("Zeta", "Zeta reaches fid 4.0 on ImageNet."))],
      fakeExtractor(),
      { files: ["a"], dryRun: true },
    );
    expect(s).toMatchObject({ papersNew: 1, claimsInserted: 1, runId: null, dryRun: true });
    expect(await countOf(papers)).toBe(0);
  });

  it("a failing file leaves nothing half-written and keeps the files before it", async () => {
    const base = fakeExtractor();
    // Iota's claim gets an evidence span that ends before it starts: the database's check rejects it mid-file.
    const extractor: ClaimExtractor = {
      name: base.name,
      version: base.version,
      extract: (p) => {
        const out = base.extract(p) as Claim[];
        return p.title === "Iota" ? out.map((c) => ({ ...c, start: c.end, end: c.start })) : out;
      },
    };
    async function* sources(): AsyncGenerator<SourceBatch> {
      yield batch("ok.jsonl", paper("Eta", "Eta reaches fid 1.0 on ImageNet."));
      yield batch(
        "bad.jsonl",
        paper("Theta", "Theta reaches fid 1.0 on ImageNet."),
        paper("Iota", "Iota reaches fid 1.0 on ImageNet."),
      );
    }
    await expect(ingestSources(h.db, sources(), extractor, { files: ["ok.jsonl", "bad.jsonl"] })).rejects.toThrow();
    const titles = (await h.db.select({ title: papers.title }).from(papers)).map((r) => r.title);
    expect(titles).toEqual(["Eta"]);
    const runs = await h.db.select().from(ingestRuns).orderBy(ingestRuns.id);
    expect(runs.at(-1)).toMatchObject({ status: "failed", papersNew: 1 });
  });

  it("merges spelling variants of subjects and datasets into one entity", async () => {
    await ingestSources(
      h.db,
      [
        batch(
          "a",
          paper("Kappa", "LLaMA-7B reaches accuracy 50 on CIFAR10."),
          paper("Lambda", "LLaMA_7B reaches accuracy 51 on CIFAR-10."),
        ),
      ],
      fakeExtractor(),
      { files: ["a"] },
    );
    const s = await h.db.select().from(subjects);
    const d = await h.db.select().from(datasets);
    expect(s.filter((x) => x.key === "llama 7 b")).toHaveLength(1);
    expect(d.filter((x) => x.key === resolveDataset("CIFAR10").key)).toHaveLength(1);
    expect(resolveDataset("CIFAR10").key).toBe(resolveDataset("CIFAR-10").key);
  });
});

async function metricId(name: string): Promise<number> {
  const { metrics } = await import("../../db/schema/index.js");
  const [m] = await h.db.select({ id: metrics.id }).from(metrics).where(eq(metrics.name, name));
  return m!.id;
}

describe("names with invisible characters", () => {
  it("stores and finds a spelling without its zero-width and bidi control characters", async () => {
    const abstract = "GPT\u200b-4 gets 86.4% on MMLU. Bidi\u202egnp gets 50% on MMLU. GPT-4 gets 86.5% on MMLU.";
    const claim = (subject: string, value: number, evidence: string) => ({
      metric: "accuracy",
      value,
      unit: "%" as const,
      subject,
      dataset: "MMLU",
      evidence,
    });
    const extractor = scriptedExtractor({
      "Zero Width": [
        claim("GPT\u200b-4", 86.4, "86.4%"),
        claim("Bidi\u202egnp", 50, "50%"),
        claim("GPT-4", 86.5, "86.5%"),
      ],
    });
    await ingestSources(h.db, [batch("zw", paper("Zero Width", abstract))], extractor, { files: ["zw"] });
    const names = (await h.db.select({ name: subjects.name }).from(subjects)).map((s) => s.name);
    expect(names).toContain("GPT-4");
    expect(names).toContain("Bidignp");
    expect(names.some((n) => /[\u200b\u202e]/.test(n))).toBe(false);
    const gpt4 = await resolveSubjectId(h.db, "GPT-4");
    expect(gpt4).not.toBeNull();
    const rows = await h.db
      .select({ subjectId: claims.subjectId })
      .from(claims)
      .where(eq(claims.paperId, (await h.db.select().from(papers).where(eq(papers.title, "Zero Width")))[0]!.id));
    expect(rows.filter((r) => r.subjectId === gpt4)).toHaveLength(2);
  });
});

describe("a NUL character in a paper", () => {
  it("is refused with its file and line, and the other papers are stored", async () => {
    const bad = {
      ...paper("Nul\u0000Title", "Zeta reaches accuracy 70% on MNIST."),
      source: { file: "nul.jsonl", line: 7 },
    };
    const summary = await ingestSources(
      h.db,
      [batch("nul.jsonl", paper("Clean Neighbour", "Eta reaches accuracy 71% on MNIST."), bad)],
      fakeExtractor(),
      { files: ["nul.jsonl"] },
    );
    expect(summary.problems).toContainEqual(
      expect.objectContaining({ file: "nul.jsonl", line: 7, reason: expect.stringContaining("NUL") }),
    );
    expect(summary.papersNew).toBe(1);
  });

  it("an unpaired surrogate (a JSON \\ud800 escape) is refused with its line too, not as a failed query", async () => {
    const bad = {
      ...paper("Lone \uD800 Surrogate", "Theta reaches accuracy 72% on MNIST."),
      source: { file: "sur.jsonl", line: 3 },
    };
    const badAbstract = {
      ...paper("Lone Low Surrogate", "Iota reaches accuracy 73% \uDC00 on MNIST."),
      source: { file: "sur.jsonl", line: 4 },
    };
    const summary = await ingestSources(
      h.db,
      [batch("sur.jsonl", paper("Well Formed Neighbour", "Kappa reaches accuracy 74% on MNIST."), bad, badAbstract)],
      fakeExtractor(),
      { files: ["sur.jsonl"] },
    );
    expect(summary.problems).toContainEqual(
      expect.objectContaining({
        file: "sur.jsonl",
        line: 3,
        reason: expect.stringContaining("its title contains an unpaired UTF-16 surrogate"),
      }),
    );
    expect(summary.problems).toContainEqual(
      expect.objectContaining({
        file: "sur.jsonl",
        line: 4,
        reason: expect.stringContaining("its abstract contains an unpaired UTF-16 surrogate"),
      }),
    );
    expect(summary.papersNew).toBe(1);
  });

  it("a table cell with an unpaired surrogate is refused with its pointer, and the other cells are stored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cb-surrogate-"));
    const file = join(dir, "sur-pwc.json");
    const row = (model: string, value: string, title: string) =>
      `{"code_links":[],"metrics":{"Accuracy":"${value}"},"model_links":[],"model_name":"${model}","paper_date":"2019-01-01","paper_title":"${title}","paper_url":"","uses_additional_data":false}`;
    writeFileSync(
      file,
      `[{"categories":[],"datasets":[{"dataset":"CIFAR-10","dataset_citations":[],"dataset_links":[],"description":"","sota":{"metrics":["Accuracy"],"rows":[${row("Lone \\ud800 Net", "91.2", "Surrogate Paper")},${row("FineNet", "90.1", "Fine Paper")}]},"subdatasets":[]}],"description":"","source_link":null,"subtasks":[],"synonyms":[],"task":"Image Classification"}]`,
    );
    try {
      const summary = await ingestSources(h.db, [await openSource(file, "pwc")], fakeExtractor(), { files: [file] });
      expect(summary.problems).toContainEqual(
        expect.objectContaining({
          reason: expect.stringContaining("its model contains an unpaired UTF-16 surrogate"),
          where: expect.stringContaining("/rows/0"),
        }),
      );
      const stored = await h.db
        .select({ subject: claims.subjectText })
        .from(claims)
        .innerJoin(papers, eq(papers.id, claims.paperId))
        .where(eq(papers.title, "Fine Paper"));
      expect(stored).toEqual([{ subject: "FineNet" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
