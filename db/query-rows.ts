/**
 * Raw SQL, typed where it is read. What drizzle's query builder can express it types itself; a query it
 * cannot (distinct on, window functions, lateral joins, chains of common table expressions) names a zod
 * schema of its row beside its SQL and reads through queryRows, so each column is checked once, and the
 * drivers' differences (postgres.js returns a bigint as a string, PGlite as a number) are smoothed there
 * rather than by a Number() at every use.
 */
import type { SQL } from "drizzle-orm";
import { z } from "zod";
import { rowsOf } from "./client.js";
import { claims, metrics } from "./schema/index.js";

/** The database or a transaction: anything that runs raw SQL. */
interface Executes {
  execute(query: SQL): PromiseLike<unknown>;
}

export async function queryRows<S extends z.ZodType>(db: Executes, query: SQL, row: S): Promise<z.output<S>[]> {
  return rowsOf<unknown>(await db.execute(query)).map((r) => row.parse(r));
}

/** count(*), rank(), sums and other bigint or numeric columns: a string or a number, as the driver has it. */
export const count = z.coerce.number();

/** A timestamp column: a Date from both drivers; text where the query casts it. */
export const timestamp = z.union([z.date(), z.string()]);

/** Text columns drizzle declares with a closed set of values, checked against that set. */
export const qualifier = z.enum(claims.qualifier.enumValues);
export const reviewStatus = z.enum(claims.reviewStatus.enumValues).nullable();
export const direction = z.enum(metrics.direction.enumValues);
