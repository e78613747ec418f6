import { describe, expect, it } from "vitest";
import { configFromEnv } from "../../api/config.js";
import { parseEnv } from "../../config/env.js";
import { extractorOf } from "../../config/extractor.js";
import { flagOptionsOf } from "../../config/flag-options.js";
import { ruleExtractor } from "../../extractors/claims/index.js";

describe("parseEnv", () => {
  it("reads the LLM and CLI variables with the others, unset and empty alike", () => {
    const env = parseEnv({
      CLAIMBOARD_LLM_URL: " http://127.0.0.1:9/v1 ",
      CLAIMBOARD_LLM_MODEL: "m",
      CLAIMBOARD_TOKEN: "t",
      CLAIMBOARD_STATS: "1",
      CI: "true",
      VITE_PORT: "6000",
    });
    expect(env).toMatchObject({
      CLAIMBOARD_LLM_URL: "http://127.0.0.1:9/v1",
      CLAIMBOARD_LLM_MODEL: "m",
      CLAIMBOARD_TOKEN: "t",
      CLAIMBOARD_STATS: true,
      CI: true,
      VITE_PORT: 6000,
    });
    const empty = parseEnv({ CLAIMBOARD_LLM_URL: "", CI: "", CLAIMBOARD_STATS: "0" });
    expect(empty.CLAIMBOARD_LLM_URL).toBeUndefined();
    expect(empty).toMatchObject({ CI: false, CLAIMBOARD_STATS: false, VITE_PORT: 5173 });
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ FLAG_LOW_CONFIDENCE: "2" })).toThrow(/FLAG_LOW_CONFIDENCE/);
    expect(() => parseEnv({ VITE_PORT: "port" })).toThrow(/VITE_PORT/);
  });

  it("takes a read URL only beside a primary's", () => {
    const read = "postgres://u@replica:5432/claimboard?prepare=false";
    expect(() => parseEnv({ DATABASE_READ_URL: read })).toThrow(/DATABASE_READ_URL needs DATABASE_URL/);
    expect(() => parseEnv({ DATABASE_URL: "postgres://u@p/c", DATABASE_READ_URL: "mysql://x" })).toThrow(
      /DATABASE_READ_URL must start/,
    );
    expect(parseEnv({ DATABASE_URL: "postgres://u@p/c", DATABASE_READ_URL: read }).DATABASE_READ_URL).toBe(read);
  });
});

describe("settings built from the environment", () => {
  it("the extractor: the rules without an LLM endpoint and model, the LLM with both", () => {
    expect(extractorOf(parseEnv({}))).toBe(ruleExtractor);
    expect(extractorOf(parseEnv({ CLAIMBOARD_LLM_URL: "http://127.0.0.1:9" }))).toBe(ruleExtractor);
    expect(extractorOf(parseEnv({ CLAIMBOARD_LLM_URL: "http://127.0.0.1:9", CLAIMBOARD_LLM_MODEL: "m" })).name).toBe(
      "llm:m",
    );
  });

  it("the flag thresholds, the same object the API and the CLI use", () => {
    const env = parseEnv({ FLAG_LOW_CONFIDENCE: "0.99", FLAG_TOLERANCE: "0.05" });
    expect(flagOptionsOf(env)).toMatchObject({ lowConfidence: 0.99, defaultTolerance: 0.05 });
    expect(configFromEnv(env).flags).toEqual(flagOptionsOf(env));
  });

  it("the app config carries the extractor and the embed settings, so createApp reads no environment", () => {
    const secret = "s".repeat(32);
    const config = configFromEnv(
      parseEnv({
        CLAIMBOARD_LLM_URL: "http://127.0.0.1:9",
        CLAIMBOARD_LLM_MODEL: "m",
        EMBED_SIGNING_SECRET: secret,
        EMBED_REQUIRE_SIGNATURE: "true",
      }),
    );
    expect(config.extractor.name).toBe("llm:m");
    expect(config.embed).toMatchObject({ signingSecret: secret, requireSignature: true });
    expect(() => configFromEnv(parseEnv({ EMBED_REQUIRE_SIGNATURE: "true" }))).toThrow(/EMBED_SIGNING_SECRET/);
  });
});
