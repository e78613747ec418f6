import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * The dashboard's build. `cli/web-build.ts` (npm start) and the browser tests build with this file;
 * tests override `build.outDir` so they never touch dist/web.
 */
export default defineConfig({
  root: webRoot,
  base: "/",
  plugins: [react()],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    // recharts alone is ~100 KB gzipped; it is loaded lazily with the chart, never in the main chunk.
    chunkSizeWarningLimit: 600,
    sourcemap: false,
  },
  server: {
    // `vite --config web/vite.config.ts` during development: the API runs on npm start's port.
    proxy: { "/api": process.env.CLAIMBOARD_API ?? "http://127.0.0.1:8787" },
  },
});
