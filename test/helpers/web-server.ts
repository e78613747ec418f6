import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { listen } from "../../api/server.js";
import type { DatabaseHandle } from "../../db/client.js";
import type { IngestProblem } from "../../db/schema/index.js";
import { ingestPapers } from "../../domain/ingest.js";
import { emptyTouched } from "../../domain/ingest-counts.js";
import { recomputeFlags } from "../../domain/flags/recompute.js";
import type { Claim, ClaimExtractor, Paper, PaperText } from "../../extractors/types.js";
import { createTestDatabase } from "./db.js";

let dashboardBuild: Promise<string> | null = null;

/**
 * Builds the dashboard once per test process with web/vite.config.ts into a temporary directory
 * (never dist/web, which `npm start` owns) and returns that directory.
 */
function buildDashboard(): Promise<string> {
  dashboardBuild ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), "claimboard-web-"));
    process.once("exit", () => rmSync(outDir, { recursive: true, force: true }));
    const { build } = await import("vite");
    // vitest sets NODE_ENV=test; the bundle must be the production one React ships.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await build({
        configFile: resolve("web/vite.config.ts"),
        mode: "production",
        logLevel: "error",
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    return outDir;
  })();
  return dashboardBuild;
}

/** A paper for seeding: only title and abstract matter; the rest gets defaults. */
export function testPaper(title: string, abstract: string, date: string | null, extra: Partial<Paper> = {}): Paper {
  return {
    title,
    abstract,
    date,
    url: null,
    arxivId: null,
    source: { file: "test/web/seed.txt", line: null },
    ...extra,
  };
}

/** What a scripted claim says; `evidence` must occur in the abstract, and offsets are found from it. */
export type ScriptedClaim = Omit<
  Claim,
  "start" | "end" | "confidence" | "baseline" | "condition" | "qualifier" | "kind"
> &
  Partial<Pick<Claim, "confidence" | "baseline" | "condition" | "qualifier" | "kind">> & {
    /** Which occurrence of `evidence` to use when it appears more than once (default the first). */
    occurrence?: number;
  };

/**
 * A deterministic extractor for browser tests: returns the claims scripted for each title, with
 * evidence offsets located in the abstract (and a loud failure when the evidence is not there).
 */
export function scriptedExtractor(script: Record<string, ScriptedClaim[]>): ClaimExtractor {
  return {
    name: "test-scripted",
    version: "1",
    extract(paper: PaperText): Claim[] {
      return (script[paper.title] ?? []).map(({ occurrence = 0, ...c }) => {
        let start = -1;
        for (let i = 0; i <= occurrence; i++) start = paper.abstract.indexOf(c.evidence, start + 1);
        if (start < 0) throw new Error(`scripted evidence "${c.evidence}" is not in the abstract of "${paper.title}"`);
        return {
          kind: "absolute",
          qualifier: "exact",
          baseline: null,
          condition: null,
          // A scripted claim stands for a right reading: sure enough to rank on a default board.
          confidence: 0.99,
          ...c,
          start,
          end: start + c.evidence.length,
        };
      });
    },
  };
}

export interface WebServer {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  db: DatabaseHandle;
  close(): Promise<void>;
}

/**
 * The real app (API + built dashboard) on 127.0.0.1 at a free port, over a fresh test database
 * seeded through ingestPapers with the given extractor.
 */
export async function startWebServer(seed: { papers: Paper[]; extractor: ClaimExtractor }): Promise<WebServer> {
  const [webDist, db] = await Promise.all([buildDashboard(), createTestDatabase()]);
  try {
    const problems: IngestProblem[] = [];
    const touched = emptyTouched();
    await ingestPapers(db.db, seed.papers, seed.extractor, problems, touched);
    if (problems.length) throw new Error(`seeding the test database reported problems: ${JSON.stringify(problems)}`);
    // As an ingest run does: the review queue gets the flags of what was stored.
    await recomputeFlags(db.db, touched);
    const server = await listen({ db: db.db, dbKind: db.kind, webDist }, 0, "127.0.0.1");
    return {
      url: server.url,
      db,
      close: async () => {
        await server.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** A 200 JSON answer from the server's API; any other status fails with the method, path and body. */
export async function fetchApi<T>(server: WebServer, path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${server.url}/api${path}`, init);
  if (res.status !== 200)
    throw new Error(`${init?.method ?? "GET"} /api${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** Debian's Chromium, headless, for browser tests (playwright-core ships no browser). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** Where browser tests save screenshots (git-ignored). */
export const SCREENSHOT_DIR = resolve(".screenshots");
