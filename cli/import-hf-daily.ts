import { HF_DAILY_URL, importHfDailyRound } from "../domain/importers/hf-daily.js";
import { parseImporterArgs, runImporter } from "./importer-run.js";
import { fail } from "./open-db.js";

const USAGE = `usage: npm run -s import:hf-daily -- [--date YYYY-MM-DD | --since YYYY-MM-DD] [--watch [--every 1h]] [--base-url URL] [--contact EMAIL] [--json]
  --date D      exactly that day
  --since D     every day from D (or from after the last complete day imported) to today
  (neither)     the days after the last complete day imported, or today
  --watch       poll again every --every (default 1h): today is asked for every round, earlier days once
  --base-url    the API's address (default ${HF_DAILY_URL})`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// "2025-13-01" is an Invalid Date, whose toISOString throws: not a day.
const validDate = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  return DATE.test(d) && !Number.isNaN(t.getTime()) && t.toISOString().startsWith(d);
};

async function main() {
  const values = parseImporterArgs({ date: { type: "string" }, since: { type: "string" } }, USAGE);
  if (values.help) return void console.log(USAGE);
  for (const name of ["date", "since"] as const) {
    const v = values[name];
    if (v !== undefined && !validDate(v)) fail(`--${name} wants a date YYYY-MM-DD; got ${v}\n${USAGE}`, 2);
  }
  if (values.date && values.since) fail(`--date and --since: one or the other\n${USAGE}`, 2);
  if (values.date && values.watch) fail(`--date names one day; --watch follows today\n${USAGE}`, 2);
  await runImporter(values, {
    name: "import:hf-daily",
    usage: USAGE,
    minIntervalMs: 1000,
    defaultBaseUrl: HF_DAILY_URL,
    round: (db, common) =>
      // --since holds for every round: once a day is done, rounds go on from the day after it.
      importHfDailyRound(db, {
        ...(values.date ? { dates: [values.date] } : {}),
        ...(values.since ? { since: values.since } : {}),
        today: new Date().toISOString().slice(0, 10),
        ...common,
      }),
  });
}

await main();
