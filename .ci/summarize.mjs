// Adds up vitest JSON reports into the plain closing line CI reads: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from "node:fs";

let passed = 0,
  failed = 0,
  skipped = 0;
for (const path of process.argv.slice(2)) {
  if (!existsSync(path)) {
    console.log(`ci: no report at ${path} (the run crashed before writing it)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(path, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  console.log(
    `ci: ${path}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numFailedTestSuites ?? 0} failed files`,
  );
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
