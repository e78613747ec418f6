import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  DATA_DIR: z.string().min(1).default("./.data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Comma-separated origins allowed to call the API from a browser, or "*"; unset: same origin only. */
  CORS_ORIGINS: z.string().optional(),
  /** "true": every read needs a token of at least the viewer role. */
  READS_REQUIRE_TOKEN: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  /** Review and ingest requests per token per minute (0 = unlimited). */
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(120),
  /** Largest upload POST /api/ingest takes, in MB. */
  INGEST_MAX_MB: z.coerce.number().positive().max(10_000).default(50),
  /** Claims under this extractor confidence are flagged LOW_CONFIDENCE. */
  FLAG_LOW_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.5),
  /** Relative difference under which two reported values agree (0.01 = 1%). */
  FLAG_TOLERANCE: z.coerce.number().min(0).max(1).default(0.01),
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment once; a bad value stops the process with a message naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
