import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const PREFIX = "cb-upload-";

/** A private folder for one upload; the route removes it when the request ends. */
export function uploadDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), PREFIX));
}

/**
 * Upload folders that a killed server left behind. Older than `maxAgeMs` means no request of any live
 * server still reads them (an upload of the largest allowed size takes minutes, not an hour).
 */
export async function sweepStaleUploads(maxAgeMs = 3_600_000, dir = tmpdir()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(PREFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory() || Date.now() - info.mtimeMs < maxAgeMs) continue;
    await rm(path, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
