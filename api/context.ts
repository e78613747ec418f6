import type { Database, DatabaseKind } from "../db/client.js";
import type { FlagOptions } from "../domain/flags/recompute.js";
import type { VersionedCache } from "../domain/versioned-cache.js";
import type { AppConfig } from "./config.js";
import type { Principal } from "../domain/tokens.js";

/** What every route finds on the context. */
export interface AppEnv {
  Variables: {
    /** The database this request works on: the read database (a replica, if configured) for GET and HEAD. */
    db: Database;
    /** The database that takes writes; token checks use it, since they note a token's last use. */
    primaryDb: Database;
    dbKind: DatabaseKind;
    /** Set by requireRole once a token is checked. */
    principal: Principal | undefined;
    /** Set by a route whose 200 answer the response cache may keep (api/middleware/response-cache.ts). */
    cacheableBody: string | Uint8Array<ArrayBuffer> | undefined;
    flagOptions: FlagOptions;
    config: AppConfig;
    /**
     * Per-process caches, validated against the database's data versions on every read. They hold
     * answers as encoded JSON: serializing again on every hit would cost what the cache saves.
     */
    caches: {
      leaderboards: VersionedCache<Uint8Array<ArrayBuffer>>;
      claimLists: VersionedCache<Uint8Array<ArrayBuffer>>;
    };
  };
}
