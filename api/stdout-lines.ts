import { writeSync } from "node:fs";

let pending = "";
let scheduled = false;

function flush(): void {
  scheduled = false;
  if (pending === "") return;
  const out = pending;
  pending = "";
  process.stdout.write(out);
}

/**
 * Writes a line to stdout with the others of the same turn of the event loop: at thousands of requests a
 * second, one write per log line (a system call, and a synchronous one to a pipe or file) costs more
 * than the rest of a cached read. Lines keep their order; what is pending at exit is written then.
 */
export function writeStdoutLine(line: string): void {
  if (pending === "" && !scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
  pending += `${line}\n`;
  if (pending.length >= 64 * 1024) flush();
}

process.on("exit", () => {
  if (pending !== "") writeSync(1, pending);
  pending = "";
});
