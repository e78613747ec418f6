import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface ReplayServer {
  url: string;
  /** Every request, in order, with its URL (path + query) and headers. */
  requests: { url: URL; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** A recorded response from test/fixtures/importers/. */
export const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/importers/${name}`, import.meta.url), "utf8");

/**
 * A local HTTP server that answers what `reply` says for each request (the n-th, counting from 0): the
 * importers' tests run against it instead of the network. `reply` returning "drop" closes the connection
 * without an answer, as a failing network does.
 */
export async function startReplayServer(reply: (url: URL, n: number) => Reply | "drop"): Promise<ReplayServer> {
  const requests: ReplayServer["requests"] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://replay.local");
    const n = requests.length;
    requests.push({ url, headers: req.headers });
    const r = reply(url, n);
    if (r === "drop") return void req.socket.destroy();
    res.writeHead(r.status ?? 200, { "content-type": "application/octet-stream", ...r.headers });
    res.end(r.body ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A clock whose sleeps return at once and move its time on, recording each wait. */
export function fakeClock(start = Date.parse("2025-01-16T12:00:00Z")) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    advance: (ms: number) => void (now += ms),
    clock: {
      now: () => now,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        now += ms;
      },
    },
  };
}
