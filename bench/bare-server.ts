import { serve } from "@hono/node-server";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";

/**
 * The ceiling bench/ceiling.ts measures the API against: a Hono JSON route on the same node adapter,
 * with no middleware and no database. Prints `listening <url>` once serving.
 */
const app = new Hono().get("/bare", (c) => c.json({ status: "ok" }));
serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
  process.stdout.write(`listening http://127.0.0.1:${info.port}\n`);
});
process.on("SIGTERM", () => process.exit(0));
