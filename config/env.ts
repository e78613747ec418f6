import { z } from "zod";

const EnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
      .optional(),
    /**
     * A server for reads (GET and HEAD) only, e.g. a streaming replica of DATABASE_URL: a load balancer can then
     * spread reads over replicas while writes, migrations and start-up work still go to DATABASE_URL's primary.
     * Behind PgBouncer older than 1.21 in transaction mode, end both URLs with `?prepare=false`.
     */
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_READ_URL must start with postgres:// or postgresql://")
      .optional(),
    DATA_DIR: z.string().min(1).default("./.data"),
    PORT: z.coerce.number().int().min(0).max(65535).default(8787),
    HOST: z.string().min(1).default("127.0.0.1"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    /** Comma-separated origins allowed to call the API from a browser, or "*"; unset: same origin only. */
    CORS_ORIGINS: z.string().optional(),
    /** "true": every read needs a token of at least the viewer role. */
    READS_REQUIRE_TOKEN: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /** Review and ingest requests per token per minute (0 = unlimited). */
    RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(120),
    /** Largest upload POST /api/ingest takes, in MB. */
    INGEST_MAX_MB: z.coerce.number().positive().max(10_000).default(50),
    /** Claims under this extractor confidence are flagged LOW_CONFIDENCE. */
    FLAG_LOW_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.5),
    /**
     * Seconds between the heartbeats of a running ingest on a PostgreSQL server; a run silent for six of them
     * died with its process and is marked interrupted by the next command or server that opens the database.
     */
    INGEST_HEARTBEAT_SECONDS: z.coerce.number().positive().max(3600).default(10),
    /** Relative difference under which two reported values agree (0.01 = 1%). */
    FLAG_TOLERANCE: z.coerce.number().min(0).max(1).default(0.02),
    /** Key of signed embed links (HMAC-SHA256); unset: no signed links can be made. */
    EMBED_SIGNING_SECRET: z.string().min(32, "EMBED_SIGNING_SECRET must be at least 32 characters").optional(),
    /** "true": /embed/… answers only signed links (403 otherwise). */
    EMBED_REQUIRE_SIGNATURE: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /** CSP frame-ancestors of embed pages: sources separated by spaces, e.g. "https://*.atlassian.net https://notion.so". */
    EMBED_FRAME_ANCESTORS: z
      .string()
      .regex(/^[^;,\r\n]+$/, "EMBED_FRAME_ANCESTORS: CSP sources separated by spaces")
      .default("*"),
    /** Public base URL for embed and oEmbed links (e.g. https://claims.example.org) when behind a proxy; unset: the request's. */
    EMBED_PUBLIC_URL: z
      .string()
      .url()
      .regex(/^https?:\/\//, "EMBED_PUBLIC_URL must be http(s)")
      .optional(),
    /** An OpenAI-compatible chat-completions endpoint; with CLAIMBOARD_LLM_MODEL it replaces the rule extractor. */
    CLAIMBOARD_LLM_URL: z.string().trim().optional(),
    CLAIMBOARD_LLM_MODEL: z.string().trim().optional(),
    CLAIMBOARD_LLM_API_KEY: z.string().trim().optional(),
    /** Reviewer token `npm run ingest` uses to hand files to a server that holds the embedded database. */
    CLAIMBOARD_TOKEN: z.string().optional(),
    /** "1": `npm run ingest` prints its elapsed time and peak memory on stderr (bench:ingest reads it). */
    CLAIMBOARD_STATS: z
      .string()
      .optional()
      .transform((v) => v === "1"),
    /** Set by CI runners: progress is printed as plain lines even on a pseudo-terminal. */
    CI: z
      .string()
      .optional()
      .transform((v) => v !== undefined),
    /** Port of Vite's dev server in `npm run dev`. */
    VITE_PORT: z.coerce.number().int().min(0).max(65535).default(5173),
  })
  .refine((env) => !env.DATABASE_READ_URL || env.DATABASE_URL, {
    // Writes need a primary: a replica alone could answer reads but refuse every write and even the migrations.
    message: "DATABASE_READ_URL needs DATABASE_URL (the primary that takes the writes)",
    path: ["DATABASE_READ_URL"],
  });
export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment once; a bad value stops the process with a message naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseVariables(EnvSchema, source);
}

/** Unset and empty mean the same: a variable exported as "" takes its default. */
export function parseVariables<S extends z.ZodType>(schema: S, source: NodeJS.ProcessEnv): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
