import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "../db/backup.js";
import { envOrFail, fail } from "./open-db.js";

/** `npm run backup -- FILE` and `npm run restore -- FILE`, for whichever database is configured. */
const [command, file] = process.argv.slice(2);
if ((command !== "backup" && command !== "restore") || !file)
  fail("usage: npm run -s backup -- FILE | npm run -s restore -- FILE", 2);
const env = envOrFail();
try {
  if (command === "backup") {
    if (env.DATABASE_URL) await backupPostgres(env.DATABASE_URL, file);
    else await backupPglite(env.DATA_DIR, file);
    console.log(`backed up the ${env.DATABASE_URL ? "PostgreSQL" : "embedded"} database to ${file}`);
  } else {
    if (env.DATABASE_URL) await restorePostgres(env.DATABASE_URL, file);
    else {
      const aside = await restorePglite(file, env.DATA_DIR);
      if (aside) console.log(`the previous data directory is kept at ${aside}`);
    }
    console.log(`restored ${file} into the ${env.DATABASE_URL ? "PostgreSQL" : "embedded"} database`);
  }
} catch (err) {
  fail((err as Error).message);
}
