import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { ClaimLineSchema } from "../../extractors/sources/claims-jsonl.js";
import { parseModelIndex } from "../../extractors/tables/model-index.js";
import { csvRecords } from "../helpers/csv.js";

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), "cb-cli-export-"));
const env = { DATA_DIR: join(dir, "data") };

describe("npm run export: usage", () => {
  it.each([
    [[], "say what to export"],
    [["papers"], 'unknown export "papers"'],
    [["benchmark"], "benchmark needs an ID"],
    [["claims", "--format", "xml"], "format:"],
    [["claims", "--kind", "sideways"], "kind:"],
    [["subject", "Alpha", "--metric", "fid"], "--metric applies to claims exports only"],
    [["claims", "--bogus"], "Unknown option '--bogus'"],
  ])("%j exits 2 with usage", async (args, message) => {
    const r = await run("cli/export.ts", args, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("usage:");
    expect(r.stdout).toBe("");
  });
});

// Each process opens the embedded database from disk; with DATABASE_URL set they would share the server's.
describe.skipIf(!!process.env.DATABASE_URL)("npm run export: data", { timeout: 240_000 }, () => {
  it("exports claims as CSV and importable JSON Lines, a benchmark as CSV and a subject as model-index YAML", async () => {
    const papers = join(dir, "papers.jsonl");
    writeFileSync(
      papers,
      `${JSON.stringify({ title: "=Alpha Paper", abstract: "Our Alpha model reaches 2.5 FID on ImageNet 256x256." })}\n`,
    );
    const ingested = await run("cli/ingest.ts", ["--json", papers], env);
    expect(ingested.code, ingested.stderr).toBe(0);

    const csv = await run("cli/export.ts", ["claims", "--metric", "FID"], env);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = csvRecords(csv.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ paper_title: "'=Alpha Paper", metric: "fid", value: "2.5" });
    const subject = rows[0]!.subject!;
    const empty = await run("cli/export.ts", ["claims", "--format", "jsonl", "--dataset", "NoSuchSet"], env);
    expect(empty.stdout).toBe("");

    const out = join(dir, "claims.jsonl");
    const jsonl = await run("cli/export.ts", ["claims", "--format", "jsonl", "--out", out], env);
    expect(jsonl.code, jsonl.stderr).toBe(0);
    expect(jsonl.stdout).toBe("");
    expect(existsSync(`${out}.partial`)).toBe(false);
    const lines = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => ClaimLineSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.value)).toEqual([2.5]);

    const board = await run("cli/export.ts", ["benchmark", "imagenet-256x256--fid"], env);
    expect(board.code, board.stderr).toBe(0);
    expect(csvRecords(board.stdout)[0]).toMatchObject({
      subject,
      value: "2.5",
      subject_rank: "1",
      is_subject_best: "yes",
    });

    const card = await run("cli/export.ts", ["subject", subject], env);
    expect(card.code, card.stderr).toBe(0);
    expect(parseModelIndex(card.stdout, "card.yaml").records.map((r) => [r.value, r.metric])).toEqual([[2.5, "fid"]]);

    const missing = await run("cli/export.ts", ["benchmark", "nope--fid"], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("benchmark nope--fid not found");
  });
});
