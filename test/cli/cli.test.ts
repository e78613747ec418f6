import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { ClaimSchema } from "../../extractors/types.js";

const run = runCli;

const dir = mkdtempSync(join(tmpdir(), "cb-cli-"));
const jsonl = join(dir, "papers.jsonl");
writeFileSync(
  jsonl,
  [
    JSON.stringify({
      title: "FlashThing: Faster Inference",
      abstract: "FlashThing achieves up to 4.86x speedup over Hugging Face implementations and 53.3% accuracy on MATH.",
    }),
    JSON.stringify({ title: "Plain Paper", abstract: "We study things without numbers." }),
    "{broken",
  ].join("\n"),
);

describe("npm run extract", () => {
  it("prints one JSON claim per line with the paper title, and reports bad lines on stderr", async () => {
    const r = await run("cli/extract.ts", [jsonl]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const l of lines) {
      expect(l.title).toBe("FlashThing: Faster Inference");
      ClaimSchema.parse(l);
    }
    expect(lines.map((l) => l.value)).toEqual(expect.arrayContaining([4.86, 53.3]));
    expect(r.stderr).toMatch(/papers.jsonl:3: not valid JSON/);
  });

  it("fails clearly on a missing file", async () => {
    const r = await run("cli/extract.ts", [join(dir, "nope.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope.txt: no such file");
  });
});

describe("npm run ingest", () => {
  const env: Record<string, string> = process.env.DATABASE_URL ? {} : { DATA_DIR: join(dir, "data") };

  // Three processes each open the embedded database from disk: slow on a loaded 2-core machine.
  it.skipIf(!!process.env.DATABASE_URL)(
    "stores, then changes nothing on a second run",
    { timeout: 240_000 },
    async () => {
      const first = await run("cli/ingest.ts", ["--json", jsonl], env);
      expect(first.code, first.stderr).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({ papersNew: 2, papersUnchanged: 0 });
      const second = await run("cli/ingest.ts", ["--json", jsonl], env);
      expect(JSON.parse(second.stdout)).toMatchObject({ papersNew: 0, papersUnchanged: 2, claimsInserted: 0 });
      const human = await run("cli/ingest.ts", ["--dry-run", jsonl], env);
      expect(human.stdout).toContain("dry run (nothing stored)");
      expect(human.stdout).toContain("1 × not valid JSON");
    },
  );

  it.skipIf(!!process.env.DATABASE_URL)(
    "marks a run cut short by a killed process as interrupted at the next start",
    { timeout: 240_000 },
    async () => {
      const dataDir = join(dir, "killed");
      const ok = await run("cli/ingest.ts", ["--json", jsonl], { DATA_DIR: dataDir, DATABASE_URL: "" });
      expect(ok.code, ok.stderr).toBe(0);
      // What a kill -9 leaves: a run row still "running" (and no lock holder alive).
      const { openDatabase } = await import("../../db/client.js");
      const { ingestRuns } = await import("../../db/schema/index.js");
      const handle = await openDatabase({ dataDir, purpose: "test" });
      await handle.db.insert(ingestRuns).values({ files: ["cut.jsonl"], extractor: "rules@1" });
      await handle.close();
      const next = await run("cli/migrate.ts", [], { DATA_DIR: dataDir, DATABASE_URL: "" });
      expect(next.code, next.stderr).toBe(0);
      expect(next.stderr).toContain("marked 1 ingest run(s) left running by an ended process as interrupted");
    },
  );

  it("says who holds the embedded database instead of corrupting it", async () => {
    const dataDir = join(dir, "held");
    const holder = spawn("sleep", ["30"]);
    try {
      const { mkdirSync } = await import("node:fs");
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(
        join(dataDir, "claimboard.lock"),
        JSON.stringify({ pid: holder.pid, purpose: "the Claimboard server (npm start)" }),
      );
      const r = await run("cli/ingest.ts", [jsonl], { DATA_DIR: dataDir, DATABASE_URL: "" });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`is in use by process ${holder.pid} (the Claimboard server (npm start))`);
    } finally {
      holder.kill();
    }
  });

  it("refuses bad arguments with usage", async () => {
    const r = await run("cli/ingest.ts", ["--format", "pdf", jsonl], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown --format pdf");
  });
});
