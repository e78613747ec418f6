import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { count } from "drizzle-orm";
import { parseEnv } from "../api/env.js";
import { configFromEnv } from "../api/config.js";
import { listen } from "../api/server.js";
import { annotateDataDirLock } from "../db/lock.js";
import { apiTokens, papers } from "../db/schema/index.js";
import { createToken } from "../domain/tokens.js";
import { ingestSources, type SourceBatch } from "../domain/ingest.js";
import { extractorFromEnv } from "../extractors/claims/llm.js";
import { formatSummary } from "./summary.js";
import { fail, openConfiguredDatabase } from "./open-db.js";
import { openSource } from "./read-source.js";
import { buildWebIfStale, WEB_DIST } from "./web-build.js";

const SAMPLE_DIR = resolve("data/daily-papers");

/** `npm start`: migrate, ingest the sample corpus into an empty database, build the dashboard if stale, serve. */
async function main() {
  let env;
  try {
    env = parseEnv();
  } catch (err) {
    fail((err as Error).message);
  }
  const handle = await openConfiguredDatabase("the Claimboard server (npm start)", env);
  console.log(`database: ${handle.kind} at ${handle.location}`);

  const [row] = await handle.db.select({ n: count() }).from(papers);
  if ((row?.n ?? 0) === 0) {
    const files = readdirSync(SAMPLE_DIR).filter((f) => f.endsWith(".txt")).sort().map((f) => join("data/daily-papers", f));
    console.log(`empty database: ingesting the sample corpus (${files.length} files)…`);
    async function* sources(): AsyncGenerator<SourceBatch> {
      for (const file of files) yield await openSource(file);
    }
    const summary = await ingestSources(handle.db, sources(), extractorFromEnv(process.env), { files, flags: configFromEnv(env).flags });
    console.log(formatSummary(summary));
  }

  // A fresh embedded database has no tokens, and the CLI cannot reach it while the server runs: give the operator one.
  if (handle.kind === "pglite" && (await handle.db.select({ n: count() }).from(apiTokens))[0]!.n === 0) {
    const admin = await createToken(handle.db, "admin", "first-start admin");
    console.log(`first start: created an admin API token (shown once; revoke with npm run -s token -- revoke ${admin.id}):\n  ${admin.token}`);
  }

  await buildWebIfStale();
  const server = await listen({ db: handle.db, dbKind: handle.kind, webDist: WEB_DIST, config: configFromEnv(env) }, env.PORT, env.HOST);
  if (handle.kind === "pglite") annotateDataDirLock(env.DATA_DIR, { url: server.url });
  console.log(`Claimboard is serving the dashboard and API at ${server.url}`);

  const stop = async () => {
    await server.close();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await main();
