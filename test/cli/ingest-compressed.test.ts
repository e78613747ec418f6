import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { dailyPapersDump, gzip, papersJsonl, truncated } from "../helpers/gzip-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "cb-cli-gz-"));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
// Always the embedded database in a directory of its own, whichever pass of CI runs this.
const env = { DATA_DIR: join(dir, "data"), DATABASE_URL: "" };

describe("npm run ingest with gzip", () => {
  it("refuses a truncated .jsonl.gz storing nothing, then ingests a .jsonl.gz and a Daily Papers .txt.gz", {
    timeout: 240_000,
  }, async () => {
    const jsonl = papersJsonl(1200, "CliGz");
    // Truncated deep into the stream: chunks of it were ingested before the damage was found.
    const cut = await runCli("cli/ingest.ts", ["--json", file("cut.jsonl.gz", truncated(gzip(jsonl)))], env);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(
      /cut\.jsonl\.gz: the gzip data ends early \(truncated, e\.g\. an interrupted download\); nothing of it is stored/,
    );
    expect(cut.stderr).not.toMatch(/not UTF-8/);

    const ok = await runCli(
      "cli/ingest.ts",
      ["--json", file("papers.jsonl.gz", gzip(jsonl)), file("daily.txt.gz", gzip(dailyPapersDump()))],
      env,
    );
    expect(ok.code, ok.stderr).toBe(0);
    // Every paper of the truncated file is new here: none of it had been stored.
    expect(JSON.parse(ok.stdout)).toMatchObject({
      files: [expect.stringMatching(/papers\.jsonl\.gz$/), expect.stringMatching(/daily\.txt\.gz$/)],
      papersNew: 1200 + 43,
    });
  });
});
