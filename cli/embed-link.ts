import { parseArgs } from "node:util";
import { DEFAULT_LINK_TTL, mintEmbedLinks, optionsFrom } from "../domain/embed-links/mint.js";
import { parseDuration } from "../domain/embed-links/signing.js";
import { envOrFail, fail } from "./open-db.js";

const USAGE = `usage: npm run -s embed-link -- BENCHMARK_ID [--chart best|bar] [--top N] [--theme light|dark] [--no-title]
       [--highlight "Subject A,Subject B"] [--width W] [--height H] [--expires 30d] [--base URL] [--json]

Prints a signed embed link (HMAC with EMBED_SIGNING_SECRET) valid until --expires (default 30d;
s, m, h, d, w). --base is the server's public URL (default EMBED_PUBLIC_URL, else http://HOST:PORT).
--json prints every form: url, svgUrl, pngUrl, iframe, markdown, oembedUrl, exp, expiresAt.
The benchmark id is not checked against the database (the running server may hold it).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    chart: { type: "string" },
    top: { type: "string" },
    theme: { type: "string" },
    "no-title": { type: "boolean" },
    highlight: { type: "string" },
    width: { type: "string" },
    height: { type: "string" },
    expires: { type: "string" },
    base: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [id] = positionals;
if (!id || positionals.length > 1) fail(USAGE, 2);
if (!/^[a-z0-9-]{1,200}$/.test(id))
  fail(`"${id}" is not a benchmark id (lowercase letters, digits and dashes, e.g. imagenet-256x256--fid)`, 2);

const env = envOrFail();
if (!env.EMBED_SIGNING_SECRET) fail("EMBED_SIGNING_SECRET is not set: signed links need the server's signing key");

const ttl = values.expires === undefined ? DEFAULT_LINK_TTL : parseDuration(values.expires);
if (ttl === null) fail(`--expires ${values.expires}: give a duration like 3600, 90m, 12h, 30d or 2w`, 2);

const int = (name: string, v: string | undefined) => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) fail(`--${name} must be a whole number`, 2);
  return Number(v);
};
let options;
try {
  options = optionsFrom({
    chart: values.chart as "best" | "bar" | undefined,
    top: int("top", values.top),
    theme: values.theme as "light" | "dark" | undefined,
    title: values["no-title"] ? false : undefined,
    highlight: values.highlight?.split(","),
    width: int("width", values.width),
    height: int("height", values.height),
  });
} catch (err) {
  const issues = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  fail(issues ? issues.map((i) => `--${i.path.map(String).join(".")}: ${i.message}`).join("\n") : String(err), 2);
}
const base = (
  values.base ??
  env.EMBED_PUBLIC_URL ??
  `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`
).replace(/\/+$/, "");
const links = mintEmbedLinks(env.EMBED_SIGNING_SECRET, base, id, options, id, ttl);
if (values.json) console.log(JSON.stringify(links, null, 2));
else {
  console.log(links.url);
  process.stderr.write(`expires ${links.expiresAt}; image: ${links.svgUrl}\n`);
}
