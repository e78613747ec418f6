import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "cb-cli-config-"));
const jsonl = join(dir, "papers.jsonl");
// The rule extractor is between 50% and 99% sure of both claims (calibrated: 0.81 and 0.62): flagged under a
// 0.99 threshold, not under 0.5.
writeFileSync(
  jsonl,
  `${JSON.stringify({ title: "FlashThing: Faster Inference", abstract: "FlashThing achieves up to 4.86x speedup over Hugging Face implementations and 53.3% accuracy on MATH." })}\n`,
);

async function lowConfidenceFlags(dataDir: string): Promise<number> {
  const { openDatabase } = await import("../../db/client.js");
  const { flags } = await import("../../db/schema/index.js");
  const handle = await openDatabase({ dataDir, purpose: "test" });
  try {
    return (await handle.db.select({ id: flags.id }).from(flags).where(eq(flags.code, "LOW_CONFIDENCE"))).length;
  } finally {
    await handle.close();
  }
}

describe("npm run ingest takes the flag settings from the environment", () => {
  // The configuration path is the same on either database; one embedded run keeps this test short.
  it.skipIf(!!process.env.DATABASE_URL)(
    "FLAG_LOW_CONFIDENCE=0.99 flags claims the default 0.5 leaves alone",
    { timeout: 240_000 },
    async () => {
      const strict = join(dir, "strict");
      const r = await runCli("cli/ingest.ts", ["--json", jsonl], {
        DATA_DIR: strict,
        DATABASE_URL: "",
        FLAG_LOW_CONFIDENCE: "0.99",
      });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ claimsInserted: 2 });
      expect(await lowConfidenceFlags(strict)).toBeGreaterThan(0);

      const lenient = join(dir, "lenient");
      const d = await runCli("cli/ingest.ts", ["--json", jsonl], {
        DATA_DIR: lenient,
        DATABASE_URL: "",
        FLAG_LOW_CONFIDENCE: "",
      });
      expect(d.code, d.stderr).toBe(0);
      expect(await lowConfidenceFlags(lenient)).toBe(0);
    },
  );
});
