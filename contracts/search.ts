import { z } from "@hono/zod-openapi";
import { DirectionSchema } from "./claims.js";

export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "type something to search for")
    .max(200)
    .openapi({ description: "words of a paper title, or part of a subject, dataset, metric or benchmark name" }),
  limit: z.coerce.number().int().min(1).max(20).default(5).openapi({ description: "results per group, at most 20" }),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

const SearchPaperSchema = z
  .object({ id: z.number().int(), title: z.string(), date: z.string().nullable(), claimCount: z.number().int() })
  .openapi("SearchPaper");
const SearchSubjectSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    claimCount: z.number().int(),
    benchmarkCount: z.number().int(),
    matchedAlias: z.string().nullable(),
  })
  .openapi("SearchSubject");
const SearchDatasetSchema = z
  .object({ id: z.number().int(), name: z.string(), claimCount: z.number().int(), benchmarkCount: z.number().int() })
  .openapi("SearchDataset");
const SearchMetricSchema = z
  .object({
    name: z.string(),
    direction: DirectionSchema,
    claimCount: z.number().int(),
    benchmarkCount: z.number().int(),
  })
  .openapi("SearchMetric");
const SearchBenchmarkSchema = z
  .object({
    id: z.string(),
    dataset: z.string(),
    metric: z.string(),
    /** The board's evaluation setting; "" = as reported. */
    setting: z.string(),
    direction: DirectionSchema,
    claimCount: z.number().int(),
  })
  .openapi("SearchBenchmark");

/**
 * One search box across everything, grouped. Inside a group: exact name first, then names starting
 * with the query, then the rest; ties go to the larger (more claims), then the shorter name. Boards:
 * the dataset named exactly first, then its family's variants, then names starting with a term;
 * inside each, the board with most claims first.
 */
export const SearchResultSchema = z
  .object({
    q: z.string(),
    papers: z.array(SearchPaperSchema),
    subjects: z.array(SearchSubjectSchema),
    datasets: z.array(SearchDatasetSchema),
    metrics: z.array(SearchMetricSchema),
    benchmarks: z.array(SearchBenchmarkSchema),
  })
  .openapi("SearchResult");
export type SearchResult = z.infer<typeof SearchResultSchema>;
