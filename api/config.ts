import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from "../domain/flags/recompute.js";
import type { Env } from "./env.js";
import { jsonLogger, type Logger } from "./middleware/logger.js";

/** What the app's behaviour depends on besides the database; built from the environment in production. */
export interface AppConfig {
  /** null: same origin only. */
  corsOrigins: string[] | "*" | null;
  readsRequireToken: boolean;
  writesPerMinute: number;
  ingestMaxBytes: number;
  flags: FlagOptions;
  /** null: no request log (tests). */
  log: Logger | null;
}

export const DEFAULT_CONFIG: AppConfig = {
  corsOrigins: null,
  readsRequireToken: false,
  writesPerMinute: 120,
  ingestMaxBytes: 50 * 1024 * 1024,
  flags: DEFAULT_FLAG_OPTIONS,
  log: null,
};

export function configFromEnv(env: Env): AppConfig {
  const origins = env.CORS_ORIGINS?.trim();
  return {
    corsOrigins: !origins ? null : origins === "*" ? "*" : origins.split(",").map((o) => o.trim()).filter(Boolean),
    readsRequireToken: env.READS_REQUIRE_TOKEN,
    writesPerMinute: env.RATE_LIMIT_WRITES_PER_MINUTE,
    ingestMaxBytes: Math.round(env.INGEST_MAX_MB * 1024 * 1024),
    flags: { ...DEFAULT_FLAG_OPTIONS, lowConfidence: env.FLAG_LOW_CONFIDENCE, defaultTolerance: env.FLAG_TOLERANCE },
    log: env.LOG_LEVEL === "silent" ? null : jsonLogger(env.LOG_LEVEL),
  };
}
