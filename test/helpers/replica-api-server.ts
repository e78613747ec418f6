/**
 * The API as `npm start` opens it (DATABASE_URL for writes, DATABASE_READ_URL for reads, settings from the
 * environment) without the sample corpus and the dashboard build, for the replication test and benchmark:
 * prints its URL once it listens. `node --import tsx test/helpers/replica-api-server.ts`
 */
import { configFromEnv } from "../../api/config.js";
import { listen } from "../../api/server.js";
import { closeOnSignal, envOrFail, openConfiguredDatabase, openReadDatabase } from "../../cli/open-db.js";

const env = envOrFail();
const handle = await openConfiguredDatabase("replica test server", env);
const reads = await openReadDatabase(env);
const server = await listen(
  { db: handle.db, readDb: reads?.db, dbKind: handle.kind, config: configFromEnv(env) },
  0,
  "127.0.0.1",
);
process.stdout.write(`${server.url}\n`);
closeOnSignal(server.close, handle.close, ...(reads ? [reads.close] : []));
