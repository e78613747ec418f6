import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { count } from "drizzle-orm";
import type { Env } from "../config/env.js";
import { extractorOf } from "../config/extractor.js";
import { flagOptionsOf } from "../config/flag-options.js";
import { heartbeatOf } from "../config/heartbeat.js";
import type { DatabaseHandle } from "../db/client.js";
import { apiTokens, papers } from "../db/schema/index.js";
import { ingestSources, type SourceBatch } from "../domain/ingest.js";
import { createToken } from "../domain/tokens.js";
import { openConfiguredDatabase } from "./open-db.js";
import { openSource } from "../domain/read-source.js";
import { formatSummary } from "./summary.js";

const SAMPLE_DIR = resolve("data/daily-papers");

/**
 * What `npm start` and `npm run dev` both do before serving: open and migrate the database, ingest the
 * bundled sample corpus when it is empty, and give a fresh embedded database an admin token.
 */
export async function prepareDatabase(env: Env, purpose: string): Promise<DatabaseHandle> {
  const handle = await openConfiguredDatabase(purpose, env);
  console.log(`database: ${handle.kind} at ${handle.location}`);

  const [row] = await handle.db.select({ n: count() }).from(papers);
  if ((row?.n ?? 0) === 0) {
    const files = readdirSync(SAMPLE_DIR)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => join("data/daily-papers", f));
    console.log(`empty database: ingesting the sample corpus (${files.length} files)…`);
    async function* sources(): AsyncGenerator<SourceBatch> {
      for (const file of files) yield await openSource(file);
    }
    const summary = await ingestSources(handle.db, sources(), extractorOf(env), {
      files,
      flags: flagOptionsOf(env),
      heartbeat: heartbeatOf(env),
    });
    console.log(formatSummary(summary));
  }

  // The CLI cannot reach an embedded database while the server holds it: give the operator a token now.
  if (handle.kind === "pglite" && (await handle.db.select({ n: count() }).from(apiTokens))[0]!.n === 0) {
    const admin = await createToken(handle.db, "admin", "first-start admin");
    console.log(
      `first start: created an admin API token (shown once; revoke with npm run -s token -- revoke ${admin.id}):\n  ${admin.token}`,
    );
  }
  return handle;
}
