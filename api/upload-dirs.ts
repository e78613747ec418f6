import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { processStartTime } from "../db/lock.js";

const PREFIX = "cb-upload-";

/**
 * A private folder for one upload; the route removes it when the request ends. Its name carries this
 * process's pid and start time, so a later server can tell that the one that made it is gone.
 */
export function uploadDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-${processStartTime(process.pid) ?? "x"}-`));
}

/** Whether the folder's maker is known to have ended: its pid is gone or now belongs to a younger process. */
function makerEnded(name: string): boolean {
  const m = /^cb-upload-(\d+)-(\d+)-/.exec(name);
  if (!m) return false;
  const started = processStartTime(Number(m[1]));
  return started !== m[2];
}

/**
 * Upload folders that a killed server left behind: at once when their name says the process that made
 * them has ended, else when older than `maxAgeMs` (no request of any live server still reads them: an
 * upload of the largest allowed size takes minutes, not an hour).
 */
export async function sweepStaleUploads(maxAgeMs = 3_600_000, dir = tmpdir()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(PREFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory() || (Date.now() - info.mtimeMs < maxAgeMs && !makerEnded(name))) continue;
    await rm(path, { recursive: true, force: true });
    removed++;
  }
  return removed;
}
