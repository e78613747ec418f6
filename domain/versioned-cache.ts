/**
 * A small LRU of values tagged with the version of the data they were built from. Readers ask the
 * database for the current version first (one indexed lookup) and use the cached value only when it
 * matches, so every process, replica or not, answers the same as the database: nothing goes stale.
 */
export class VersionedCache<V> {
  private readonly entries = new Map<string, { version: string; value: V }>();

  constructor(private readonly capacity = 2000) {}

  get(key: string, version: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.version !== version) return undefined;
    // Re-insert: Map keeps insertion order, so the oldest key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, version: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
