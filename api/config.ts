import type { Env } from "../config/env.js";
import { extractorOf } from "../config/extractor.js";
import { flagOptionsOf } from "../config/flag-options.js";
import { heartbeatOf } from "../config/heartbeat.js";
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from "../domain/flags/recompute.js";
import { DEFAULT_HEARTBEAT, type Heartbeat } from "../domain/interrupted-runs.js";
import { ruleExtractor } from "../extractors/claims/index.js";
import type { ClaimExtractor } from "../extractors/types.js";
import { DEFAULT_EMBED_CONFIG, embedConfigFromEnv, type EmbedConfig } from "./embed/config.js";
import { jsonLogger, type Logger } from "./log.js";

/** What the app's behaviour depends on besides the database; built from the environment in production. */
export interface AppConfig {
  /** null: same origin only. */
  corsOrigins: string[] | "*" | null;
  readsRequireToken: boolean;
  writesPerMinute: number;
  ingestMaxBytes: number;
  flags: FlagOptions;
  heartbeat: Heartbeat;
  /** Built once per process: an LLM extractor holds its endpoint and key. */
  extractor: ClaimExtractor;
  embed: EmbedConfig;
  /** null: no request log (tests). */
  log: Logger | null;
}

export const DEFAULT_CONFIG: AppConfig = {
  corsOrigins: null,
  readsRequireToken: false,
  writesPerMinute: 120,
  ingestMaxBytes: 50 * 1024 * 1024,
  flags: DEFAULT_FLAG_OPTIONS,
  heartbeat: DEFAULT_HEARTBEAT,
  extractor: ruleExtractor,
  embed: DEFAULT_EMBED_CONFIG,
  log: null,
};

export function configFromEnv(env: Env): AppConfig {
  const origins = env.CORS_ORIGINS?.trim();
  return {
    corsOrigins: !origins
      ? null
      : origins === "*"
        ? "*"
        : origins
            .split(",")
            .map((o) => o.trim())
            .filter(Boolean),
    readsRequireToken: env.READS_REQUIRE_TOKEN,
    writesPerMinute: env.RATE_LIMIT_WRITES_PER_MINUTE,
    ingestMaxBytes: Math.round(env.INGEST_MAX_MB * 1024 * 1024),
    flags: flagOptionsOf(env),
    heartbeat: heartbeatOf(env),
    extractor: extractorOf(env),
    embed: embedConfigFromEnv(env),
    log: env.LOG_LEVEL === "silent" ? null : jsonLogger(env.LOG_LEVEL),
  };
}
