import { configFromEnv } from "../api/config.js";
import { listen } from "../api/server.js";
import { annotateDataDirLock } from "../db/lock.js";
import { closeOnSignal, envOrFail, openReadDatabase } from "./open-db.js";
import { prepareDatabase } from "./prepare.js";
import { buildWebIfStale, WEB_DIST } from "./web-build.js";

/** `npm start`: migrate, ingest the sample corpus into an empty database, build the dashboard if stale, serve. */
async function main() {
  const env = envOrFail();
  const handle = await prepareDatabase(env, "the Claimboard server (npm start)");
  const reads = await openReadDatabase(env);
  if (reads) console.log(`reads: postgres at ${reads.location}`);
  await buildWebIfStale();
  const server = await listen(
    { db: handle.db, readDb: reads?.db, dbKind: handle.kind, webDist: WEB_DIST, config: configFromEnv(env) },
    env.PORT,
    env.HOST,
  );
  if (handle.kind === "pglite") annotateDataDirLock(env.DATA_DIR, { url: server.url });
  console.log(`Claimboard is serving the dashboard and API at ${server.url}`);

  closeOnSignal(server.close, handle.close, ...(reads ? [reads.close] : []));
}

await main();
