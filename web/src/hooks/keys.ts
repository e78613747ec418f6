/** Query keys, in one place so invalidation later (e.g. after a review edit) can target them. */
export const queryKeys = {
  health: ["health"] as const,
  benchmarks: (q: object) => ["benchmarks", q] as const,
  leaderboard: (id: string) => ["leaderboard", id] as const,
  claims: (q: object) => ["claims", q] as const,
  allClaims: (q: object, cap: number) => ["claims", "all", q, cap] as const,
  papers: (q: object) => ["papers", q] as const,
  paper: (id: number) => ["paper", id] as const,
};
