import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export const WEB_DIST = resolve("dist/web");
const WEB_SRC = resolve("web");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the dashboard when there is no build, or a source file under web/ is newer than it. */
export async function buildWebIfStale(): Promise<void> {
  const index = join(WEB_DIST, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(WEB_SRC)) return;
  console.log("building the dashboard (vite)…");
  const { build } = await import("vite");
  await build({ configFile: join(WEB_SRC, "vite.config.ts"), logLevel: "warn" });
}
