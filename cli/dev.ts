import { fileURLToPath } from "node:url";
import { configFromEnv } from "../api/config.js";
import { listen } from "../api/server.js";
import { annotateDataDirLock } from "../db/lock.js";
import { closeOnSignal, envOrFail, openReadDatabase } from "./open-db.js";
import { prepareDatabase } from "./prepare.js";

/** `npm run dev`: the API on PORT, and Vite's dev server (hot reload) in front of it with /api proxied. */
async function main() {
  const env = envOrFail();
  const handle = await prepareDatabase(env, "the Claimboard dev server (npm run dev)");
  const reads = await openReadDatabase(env);
  const api = await listen(
    { db: handle.db, readDb: reads?.db, dbKind: handle.kind, config: configFromEnv(env) },
    env.PORT,
    env.HOST,
  );
  if (handle.kind === "pglite") annotateDataDirLock(env.DATA_DIR, { url: api.url });
  const { createServer } = await import("vite");
  const vite = await createServer({
    configFile: fileURLToPath(new URL("../web/vite.config.ts", import.meta.url)),
    server: { host: env.HOST, port: env.VITE_PORT, proxy: { "/api": api.url } },
  });
  await vite.listen();
  console.log(
    `API at ${api.url}; dashboard with hot reload at ${vite.resolvedUrls?.local[0] ?? "http://localhost:5173"}`,
  );
  closeOnSignal(() => vite.close(), api.close, handle.close, ...(reads ? [reads.close] : []));
}

await main();
