import { writeStdoutLine } from "./stdout-lines.js";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type Logger = (level: Exclude<LogLevel, "silent">, msg: string, fields?: Record<string, unknown>) => void;

/** One JSON object per line on stdout: easy to grep, and what log shippers expect. */
export function jsonLogger(min: LogLevel, write: (line: string) => void = writeStdoutLine): Logger {
  return (level, msg, fields = {}) => {
    if (ORDER[level] < ORDER[min]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  };
}
