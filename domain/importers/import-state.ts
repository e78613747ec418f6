import { eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { appState } from "../../db/schema/index.js";

/** Where an importer stopped, kept in app_state under its own key ("import:arxiv:<query>"). */
export async function readImportState(db: Database, key: string): Promise<string | null> {
  const [row] = await db.select({ value: appState.value }).from(appState).where(eq(appState.key, key));
  return row?.value ?? null;
}

export async function writeImportState(db: Database, key: string, value: string): Promise<void> {
  await db
    .insert(appState)
    .values({ key, value })
    .onConflictDoUpdate({ target: appState.key, set: { value, updatedAt: sql`now()` } });
}
