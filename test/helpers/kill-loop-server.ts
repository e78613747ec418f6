/**
 * The API on the data directory in DATA_DIR, opened as `npm start` opens it (recovery included), for the
 * kill -9 loop: prints `url token` once it listens. `node --import tsx test/helpers/kill-loop-server.ts`
 */
import { listen } from "../../api/server.js";
import { createToken } from "../../domain/tokens.js";
import { openConfiguredDatabase } from "../../cli/open-db.js";

const handle = await openConfiguredDatabase("kill-loop server");
const token = await createToken(handle.db, "reviewer", "kill-loop");
const server = await listen({ db: handle.db, dbKind: handle.kind }, 0, "127.0.0.1");
process.stdout.write(`${server.url} ${token.token}\n`);
