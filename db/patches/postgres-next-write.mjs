// Patches postgres.js 3.4.9 (the current release) for a crash its maintainers have not released a fix for:
// a small write deferred with setImmediate runs after the connection closed and calls socket.write on
// null, throwing out of a timer where no caller can catch it, so a PostgreSQL restart kills the process
// (porsager/postgres#1154, #1208; the guard follows the open pull request #1209). Teardown also left
// the timer variable set, so a reused connection could never flush again. Our fault test
// (test/db/faults.test.ts) restarts the server mid-ingest and hits exactly this.
//
// Runs as the root package's postinstall. It changes nothing when the code it expects is not there
// (another version), and nothing twice.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../node_modules/postgres/", import.meta.url));
const MARK = "/* claimboard: guarded nextWrite */";
const edits = [
  [
    "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)",
    `  function nextWrite(fn) {\n    ${MARK}\n    if (!socket) {\n      nextWriteTimer !== null && clearImmediate(nextWriteTimer)\n      chunk = nextWriteTimer = null\n      error(Errors.connection('CONNECTION_CLOSED', options))\n      return false\n    }\n    const x = socket.write(chunk, fn)`,
  ],
  [
    "    clearImmediate(nextWriteTimer)\n    if (socket) {",
    "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    if (socket) {",
  ],
  [
    "    clearImmediate(nextWriteTimer)\n    socket.removeListener('data', data)",
    "    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n    socket.removeListener('data', data)",
  ],
];

for (const file of ["src/connection.js", "cjs/src/connection.js"]) {
  const path = root + file;
  if (!existsSync(path)) continue;
  let text = readFileSync(path, "utf8");
  if (text.includes(MARK)) continue;
  if (!edits.every(([from]) => text.includes(from))) {
    console.log(`claimboard: postgres ${file} is not the version this patch is for; left as it is`);
    continue;
  }
  for (const [from, to] of edits) text = text.replace(from, to);
  writeFileSync(path, text);
  console.log(`claimboard: patched postgres ${file} (null-socket write guard)`);
}
