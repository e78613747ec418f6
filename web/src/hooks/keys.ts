/** Query keys, in one place so invalidation (e.g. after a review action) can target them. */
export const queryKeys = {
  health: ["health"] as const,
  benchmarks: (q: object) => ["benchmarks", q] as const,
  leaderboard: (id: string) => ["leaderboard", id] as const,
  series: (id: string) => ["series", id] as const,
  claims: (q: object) => ["claims", q] as const,
  allClaims: (q: object, cap: number) => ["claims", "all", q, cap] as const,
  papers: (q: object) => ["papers", q] as const,
  paper: (id: number) => ["paper", id] as const,
  search: (q: string) => ["search", q] as const,
  subjects: (q: object) => ["subjects", q] as const,
  subject: (id: number) => ["subject", id] as const,
  compare: (ids: readonly number[]) => ["compare", ids] as const,
  flags: (q: object) => ["flags", q] as const,
  flagCounts: ["flags", "counts"] as const,
};
