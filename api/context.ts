import type { Database, DatabaseKind } from "../db/client.js";

/** What every route finds on the context. */
export interface AppEnv {
  Variables: {
    db: Database;
    dbKind: DatabaseKind;
  };
}
