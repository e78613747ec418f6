import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createApp, type AppDeps } from "./app.js";
import { sweepStaleUploads } from "./upload-dirs.js";

/** The only place that listens on a port. Resolves once the server accepts connections. */
export async function listen(
  deps: AppDeps,
  port: number,
  host: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  // Uploads a killed server left in the temporary folder go before new ones arrive.
  await sweepStaleUploads();
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
    server.on("error", reject);
  });
}
