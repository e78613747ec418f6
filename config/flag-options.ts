import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from "../domain/flags/recompute.js";
import type { Env } from "./env.js";

/** The flag rules' thresholds: the same for `npm start`, `npm run ingest` and the API. */
export function flagOptionsOf(env: Pick<Env, "FLAG_LOW_CONFIDENCE" | "FLAG_TOLERANCE">): FlagOptions {
  return { ...DEFAULT_FLAG_OPTIONS, lowConfidence: env.FLAG_LOW_CONFIDENCE, defaultTolerance: env.FLAG_TOLERANCE };
}
