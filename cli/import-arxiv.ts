import { ARXIV_API_URL, importArxivRound } from "../domain/importers/arxiv.js";
import { parseImporterArgs, runImporter } from "./importer-run.js";
import { fail } from "./open-db.js";

const USAGE = `usage: npm run -s import:arxiv -- --query Q [--max N] [--page-size N] [--watch [--every 1h]] [--base-url URL] [--contact EMAIL] [--json]
  --query Q     an arXiv API search_query, e.g. 'cat:cs.LG' or 'cat:cs.CL AND submittedDate:[202501010000 TO 203001010000]'
  --max N       read at most N entries per round (default: all there are)
  --watch       poll again every --every (default 1h), ingesting only what is new
  --base-url    the API's address (default ${ARXIV_API_URL})`;

async function main() {
  const values = parseImporterArgs(
    { query: { type: "string" }, max: { type: "string" }, "page-size": { type: "string" } },
    USAGE,
  );
  if (values.help) return void console.log(USAGE);
  const query = values.query?.trim();
  if (!query) fail(`--query is required\n${USAGE}`, 2);
  const count = (name: string, text: string | undefined, max: number) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > max) fail(`--${name} wants a whole number from 1 to ${max}\n${USAGE}`, 2);
    return n;
  };
  const max = count("max", values.max, 10_000_000);
  const pageSize = count("page-size", values["page-size"], 2000) ?? 100;
  await runImporter(values, {
    name: "import:arxiv",
    usage: USAGE,
    // arXiv's terms ask for no more than one request every three seconds.
    minIntervalMs: 3000,
    defaultBaseUrl: ARXIV_API_URL,
    round: (db, common) => importArxivRound(db, { query, max, pageSize, ...common }),
  });
}

await main();
