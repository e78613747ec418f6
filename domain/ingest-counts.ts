/** What one ingest step did, summed over files into the run's summary. */
export interface IngestCounts {
  papersSeen: number;
  papersNew: number;
  papersUpdated: number;
  papersUnchanged: number;
  claimsInserted: number;
  /** Imported cells whose value changed since the last import of their file. */
  claimsUpdated: number;
  claimsRemoved: number;
  claimsStored: number;
}

export const emptyCounts = (): IngestCounts => ({
  papersSeen: 0,
  papersNew: 0,
  papersUpdated: 0,
  papersUnchanged: 0,
  claimsInserted: 0,
  claimsUpdated: 0,
  claimsRemoved: 0,
  claimsStored: 0,
});

/** Benchmarks and papers whose claims an ingest changed: the scope of the flag recompute that follows. */
export interface Touched {
  benchmarkIds: Set<string>;
  paperIds: Set<number>;
}

export const emptyTouched = (): Touched => ({ benchmarkIds: new Set(), paperIds: new Set() });
