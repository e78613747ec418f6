import { defineConfig } from "drizzle-kit";

// `generate` needs no database. `migrate`/`studio` go to DATABASE_URL when set, else the PGlite directory.
const url = process.env.DATABASE_URL;

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
  ...(url
    ? { dbCredentials: { url } }
    : { driver: "pglite", dbCredentials: { url: process.env.DATA_DIR ?? "./.data" } }),
});
