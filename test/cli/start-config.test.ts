import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, eq, lt } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../../api/config.js";
import { createApp } from "../../api/app.js";
import { prepareDatabase } from "../../cli/prepare.js";
import { parseEnv } from "../../config/env.js";
import { IngestSummarySchema } from "../../contracts/ingest.js";
import type { DatabaseHandle } from "../../db/client.js";
import { claims, flagClaims, flags } from "../../db/schema/index.js";
import { createToken } from "../../domain/tokens.js";

// `npm start` is prepareDatabase (sample corpus) + createApp(configFromEnv); POST /api/ingest runs inside that
// app. Both must read FLAG_LOW_CONFIDENCE from the one parsed environment, as `npm run ingest` does
// (test/cli/ingest-config.test.ts). The path is the same on either database: one embedded run keeps it short.
const dir = mkdtempSync(join(tmpdir(), "cb-start-config-"));
let handle: DatabaseHandle | undefined;
afterAll(async () => {
  await handle?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function textClaimsBelow(db: DatabaseHandle["db"], threshold: number): Promise<Set<number>> {
  const rows = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.sourceKind, "text"), lt(claims.confidence, threshold)));
  return new Set(rows.map((r) => r.id));
}

async function flaggedClaims(db: DatabaseHandle["db"]): Promise<Set<number>> {
  const rows = await db
    .select({ id: flagClaims.claimId })
    .from(flagClaims)
    .innerJoin(flags, eq(flags.id, flagClaims.flagId))
    .where(eq(flags.code, "LOW_CONFIDENCE"));
  return new Set(rows.map((r) => r.id));
}

describe("npm start and POST /api/ingest take the flag settings from the environment", () => {
  it.skipIf(!!process.env.DATABASE_URL)(
    "FLAG_LOW_CONFIDENCE=0.99 flags every text claim under 0.99, in the sample corpus and in an upload",
    { timeout: 300_000 },
    async () => {
      const env = parseEnv({ DATA_DIR: join(dir, "data"), FLAG_LOW_CONFIDENCE: "0.99" });
      handle = await prepareDatabase(env, "test: npm start configuration");
      const db = handle.db;

      const unsure = await textClaimsBelow(db, 0.99);
      // The test means something only if 0.99 flags claims the default 0.5 would leave alone.
      const belowDefault = await textClaimsBelow(db, 0.5);
      expect(unsure.size).toBeGreaterThan(belowDefault.size);
      expect(await flaggedClaims(db)).toEqual(unsure);

      const app = createApp({ db, dbKind: handle.kind, config: { ...configFromEnv(env), writesPerMinute: 0 } });
      const { token } = await createToken(db, "admin", "start-config test");
      const body = `${JSON.stringify({
        title: "FlashThing: Faster Inference",
        abstract:
          "FlashThing achieves up to 4.86x speedup over Hugging Face implementations and 53.3% accuracy on MATH.",
      })}\n`;
      const res = await app.request("/api/ingest?filename=upload.jsonl", {
        method: "POST",
        headers: { "content-type": "application/octet-stream", authorization: `Bearer ${token}` },
        body,
      });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(IngestSummarySchema.parse(await res.json())).toMatchObject({ claimsInserted: 2 });
      const afterUpload = await textClaimsBelow(db, 0.99);
      expect(afterUpload.size).toBe(unsure.size + 2);
      expect(await flaggedClaims(db)).toEqual(afterUpload);
    },
  );
});
