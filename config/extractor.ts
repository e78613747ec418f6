import { ruleExtractor } from "../extractors/claims/index.js";
import { createLlmExtractor } from "../extractors/claims/llm.js";
import type { ClaimExtractor } from "../extractors/types.js";
import type { Env } from "./env.js";

type ExtractorEnv = Pick<Env, "CLAIMBOARD_LLM_URL" | "CLAIMBOARD_LLM_MODEL" | "CLAIMBOARD_LLM_API_KEY">;

/** The LLM extractor when CLAIMBOARD_LLM_URL and CLAIMBOARD_LLM_MODEL are set, else the rules. */
export function extractorOf(env: ExtractorEnv): ClaimExtractor {
  const baseUrl = env.CLAIMBOARD_LLM_URL;
  const model = env.CLAIMBOARD_LLM_MODEL;
  if (!baseUrl || !model) return ruleExtractor;
  const apiKey = env.CLAIMBOARD_LLM_API_KEY;
  return createLlmExtractor({ baseUrl, model, ...(apiKey ? { apiKey } : {}) });
}
