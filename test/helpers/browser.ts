import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { SubjectList } from "../../contracts/subjects.js";
import { fetchApi, launchChromium, SCREENSHOT_DIR, startWebServer, type WebServer } from "./web-server.js";

/**
 * Chromium for one test file: launched before its tests (with the screenshot folder made), closed after.
 * `browser` is set once the file's beforeAll hooks have run.
 */
export function chromiumForFile(): { readonly browser: Browser } {
  const held: { browser?: Browser } = {};
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    held.browser = await launchChromium();
  });
  afterAll(async () => {
    await held.browser?.close();
  });
  return {
    get browser() {
      return started(held.browser, "browser");
    },
  };
}

interface OpenOptions {
  width?: number;
  height?: number;
  dark?: boolean;
  /** A reviewer token the page's localStorage holds before it loads, as the token field would have saved it. */
  token?: string;
}

/** A page and the errors it has reported so far: uncaught exceptions and console errors. */
interface OpenedPage {
  page: Page;
  errors: string[];
}

export interface BrowserSite {
  /** The app with the built dashboard, seeded with the file's own papers. */
  readonly server: WebServer;
  readonly browser: Browser;
  /** A 200 JSON answer from the server's API (see fetchApi). */
  api<T>(path: string, init?: RequestInit): Promise<T>;
  /** The id of the subject named exactly `name`, found through the API's search. */
  subjectId(name: string): Promise<number>;
  /** A new page (1280x900 light unless told) on `path` of the server that collects its errors (see OpenedPage). */
  open(path: string, options?: OpenOptions): Promise<OpenedPage>;
}

/**
 * The real app (API + dashboard) over a database seeded with `seed`, and Chromium, for one test file:
 * both started before its tests, closed after. Console errors matching `allowConsole` are not collected
 * (a file whose steps provoke refusals on purpose says which).
 */
export function siteInChromium(
  seed: Parameters<typeof startWebServer>[0],
  options: { allowConsole?: RegExp } = {},
): BrowserSite {
  const held: { server?: WebServer; browser?: Browser } = {};
  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    [held.server, held.browser] = await Promise.all([startWebServer(seed), launchChromium()]);
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  const site: BrowserSite = {
    get server() {
      return started(held.server, "server");
    },
    get browser() {
      return started(held.browser, "browser");
    },
    api: (path, init) => fetchApi(site.server, path, init),
    async subjectId(name) {
      const list = await site.api<SubjectList>(`/subjects?q=${encodeURIComponent(name)}`);
      const s = list.items.find((x) => x.name === name);
      if (!s) throw new Error(`no subject ${name}`);
      return s.id;
    },
    async open(path, open = {}) {
      const page = await site.browser.newPage({
        viewport: { width: open.width ?? 1280, height: open.height ?? 900 },
        colorScheme: open.dark ? "dark" : "light",
      });
      if (open.token)
        await page.addInitScript((token) => localStorage.setItem("claimboard.reviewerToken", token), open.token);
      const errors: string[] = [];
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      page.on("console", (msg) => {
        if (msg.type() === "error" && !options.allowConsole?.test(msg.text())) errors.push(`console: ${msg.text()}`);
      });
      await page.goto(`${site.server.url}${path}`);
      return { page, errors };
    },
  };
  return site;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the ${what} is not started yet: use it inside a test or a beforeAll hook`);
  return value;
}
