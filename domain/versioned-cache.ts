import { Lru } from "./lru.js";

/**
 * An LRU of values tagged with the version of the data they were built from. Readers ask the
 * database for the current version first (one indexed lookup) and use the cached value only when it
 * matches, so every process, replica or not, answers the same as the database: nothing goes stale.
 */
export class VersionedCache<V> {
  private readonly entries: Lru<{ version: string; value: V }>;

  /** Bounded by entry count, and by total size when `sizeOf` measures the values (default: entries only). */
  constructor(capacity = 2000, limits?: { maxSize: number; sizeOf: (value: V) => number }) {
    this.entries = limits
      ? new Lru(capacity, limits.maxSize, (e) => limits.sizeOf(e.value))
      : new Lru(capacity, capacity, () => 1);
  }

  get(key: string, version: string): V | undefined {
    const hit = this.entries.get(key);
    return hit && hit.version === version ? hit.value : undefined;
  }

  set(key: string, version: string, value: V): void {
    this.entries.set(key, { version, value });
  }
}
