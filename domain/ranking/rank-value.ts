/**
 * The value a claim ranks with on its board, in SQL. A bare fraction (0.96) on a board that reports
 * percentages ranks as a percentage (96): papers write the same accuracy both ways, and a board must not
 * put 0.96 below 12%. The TypeScript twin is asPercentOnBoard in flags/compare.ts; the two must agree.
 */
import { sql, type SQL } from "drizzle-orm";

/** Condition on a claims row alias: it makes its board a percentage board. */
export function reportsPercent(c: SQL): SQL {
  return sql`(${c}.kind = 'absolute' and ${c}.unit = '%')`;
}

/** Whether board `benchmarkId` reports percentages: any absolute claim on it, rejected or not, in %. */
function percentBoard(benchmarkId: SQL): SQL {
  return sql`exists (select 1 from claims pb where pb.benchmark_id = ${benchmarkId} and ${reportsPercent(sql`pb`)})`;
}

/**
 * The rank value of claims row alias `c`. `onPercentBoard` defaults to looking the board up, which runs only
 * for bare fractions; a query that already aggregates its boards passes its own column.
 */
export function rankValue(c: SQL, onPercentBoard: SQL = percentBoard(sql`${c}.benchmark_id`)): SQL {
  return sql`(case when ${c}.unit is null and abs(${c}.value) <= 1 and ${onPercentBoard} then ${c}.value * 100 else ${c}.value end)`;
}

/** The rank value signed so that ascending order puts the best first, whatever the metric's direction. */
export function rankScore(rank: SQL, direction: SQL): SQL {
  return sql`(case when ${direction} = 'lower' then 1 else -1 end * ${rank})`;
}
