import { z } from "zod";
import { parseVariables } from "./env.js";

/** Knobs of the benchmarks (bench/), apart from the application's settings. */
const BenchEnvSchema = z.object({
  BENCH_CLAIMS: z.coerce.number().int().positive().default(1_000_000),
  BENCH_BENCHMARKS: z.coerce.number().int().positive().default(10_000),
  BENCH_SECONDS: z.coerce.number().positive().default(10),
  /** Concurrent connections, comma-separated: one autocannon run each. */
  BENCH_CONNECTIONS: z
    .string()
    .regex(/^\d+(,\d+)*$/, "BENCH_CONNECTIONS: counts separated by commas")
    .default("10,50")
    .transform((v) => v.split(",").map(Number)),
  /** bench:ceiling: seconds per autocannon run, and bare/real pairs per endpoint. */
  BENCH_CEILING_SECONDS: z.coerce.number().positive().default(3),
  BENCH_CEILING_ROUNDS: z.coerce.number().int().positive().default(3),
  /** bench:ceiling on PGlite: a data directory to copy and serve instead of a fresh one with the sample corpus. */
  BENCH_DATA_DIR: z.string().optional(),
  /** bench:replicas: seconds per autocannon run, and connections in all (split over the API processes). */
  BENCH_REPLICA_SECONDS: z.coerce.number().positive().default(5),
  BENCH_REPLICA_CONNECTIONS: z.coerce.number().int().positive().default(20),
  BENCH_REPLICA_ROUNDS: z.coerce.number().int().positive().default(3),
  BENCH_ABSTRACTS: z.coerce.number().int().positive().default(100_000),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  NODE_ENV: z.string().optional(),
});
export type BenchEnv = z.infer<typeof BenchEnvSchema>;

export function parseBenchEnv(source: NodeJS.ProcessEnv = process.env): BenchEnv {
  return parseVariables(BenchEnvSchema, source);
}
