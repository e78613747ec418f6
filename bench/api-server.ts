import { listen } from "../api/server.js";
import { openDatabase } from "../db/client.js";

/** The API alone, in its own process, for bench/api.ts to load: `DATABASE_URL=… node --import tsx bench/api-server.ts`. */
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, maxConnections: 20 });
const server = await listen({ db: handle.db, dbKind: handle.kind }, Number(process.env.PORT ?? 0), "127.0.0.1");
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", async () => {
  await server.close();
  await handle.close();
  process.exit(0);
});
