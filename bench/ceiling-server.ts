import { configFromEnv } from "../api/config.js";
import { listen } from "../api/server.js";
import { parseEnv } from "../config/env.js";
import { prepareDatabase } from "../cli/prepare.js";

/**
 * The real server for bench/ceiling.ts, configured from the environment as `npm start` is (request logs
 * on at LOG_LEVEL=info) and prepared the same way (an empty database gets the sample corpus), on a port
 * of its own. Its stdout carries `listening <url>` once serving; the request log lines follow.
 */
const env = parseEnv();
const handle = await prepareDatabase(env, "bench:ceiling server");
const server = await listen({ db: handle.db, dbKind: handle.kind, config: configFromEnv(env) }, 0, "127.0.0.1");
process.stdout.write(`listening ${server.url}\n`);
process.on("SIGTERM", async () => {
  await server.close();
  await handle.close();
  process.exit(0);
});
