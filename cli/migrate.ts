import { fail, openConfiguredDatabase } from "./open-db.js";

/** Applies pending migrations (and seeds the metric registry) to the configured database. */
const handle = await openConfiguredDatabase("npm run db:migrate");
try {
  console.log(`migrations applied: ${handle.kind} at ${handle.location}`);
} catch (err) {
  fail((err as Error).message);
} finally {
  await handle.close();
}
