import { configFromEnv } from "../api/config.js";
import { parseEnv } from "../config/env.js";
import { listen } from "../api/server.js";
import { openDatabase } from "../db/client.js";

/**
 * The API alone, in its own process, for bench/api.ts to load: `DATABASE_URL=… node --import tsx bench/api-server.ts`.
 * Configured from the environment as `npm start` is, request logs included (LOG_LEVEL, default info):
 * its first stdout line is the URL, the rest are JSON log lines, which the benchmark reads and counts.
 */
const env = parseEnv();
const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, maxConnections: 20 });
const server = await listen({ db: handle.db, dbKind: handle.kind, config: configFromEnv(env) }, 0, "127.0.0.1");
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", async () => {
  await server.close();
  await handle.close();
  process.exit(0);
});
