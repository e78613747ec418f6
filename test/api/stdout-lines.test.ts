import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs a script that writes through writeStdoutLine in a child process; returns its stdout. */
function run(body: string): string {
  const script = `import { writeStdoutLine } from "./api/stdout-lines.ts";\n${body}`;
  return execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
}

describe("writeStdoutLine", () => {
  it("writes every line in order, those of one turn together, and what is pending when the process exits", () => {
    const out = run(
      `for (let i = 0; i < 5000; i++) writeStdoutLine(JSON.stringify({ i, pad: "x".repeat(40) }));\nprocess.exit(0);`,
    );
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(5000);
    expect(lines.map((l) => (JSON.parse(l) as { i: number }).i)).toEqual([...Array(5000).keys()]);
  });

  it("writes lines of later turns as they come", () => {
    const out = run(
      `writeStdoutLine("one");\nsetTimeout(() => { writeStdoutLine("two"); setTimeout(() => writeStdoutLine("three"), 5); }, 5);`,
    );
    expect(out).toBe("one\ntwo\nthree\n");
  });
});
