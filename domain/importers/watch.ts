import { realClock, type Clock } from "./polite-fetch.js";

export interface WatchOptions {
  everyMs: number;
  clock?: Clock;
  /** Stop after this many rounds (tests); unset: until stopped. */
  rounds?: number;
  log?: (line: string) => void;
  /** Checked between rounds: true stops the loop (SIGINT). */
  stopped?: () => boolean;
}

/**
 * Runs `round` now and then every `everyMs` from the start of the previous round. A round that fails is
 * reported and the next one runs on schedule: importers advance their state only after a committed
 * batch, so the next round picks up exactly where the failed one stopped.
 */
export async function watch(round: (n: number) => Promise<void>, o: WatchOptions): Promise<void> {
  const clock = o.clock ?? realClock;
  const log = o.log ?? (() => {});
  for (let n = 1; o.rounds === undefined || n <= o.rounds; n++) {
    const started = clock.now();
    try {
      await round(n);
    } catch (err) {
      log(`round ${n} failed: ${(err as Error).message}; what it committed is kept, the next round resumes after it`);
    }
    if ((o.rounds !== undefined && n >= o.rounds) || o.stopped?.()) return;
    const wait = Math.max(0, started + o.everyMs - clock.now());
    log(`next round in ${Math.round(wait / 1000)} s`);
    await clock.sleep(wait);
    if (o.stopped?.()) return;
  }
}

/** "90s", "30m", "1h", "2d" (or plain seconds) as milliseconds; null when unreadable. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(text.trim());
  if (!m) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    (m[2] ?? "s") as "ms" | "s" | "m" | "h" | "d"
  ];
  const ms = Number(m[1]) * unit;
  return ms > 0 ? ms : null;
}
