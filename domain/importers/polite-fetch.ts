/**
 * HTTP GETs for importers that poll public APIs: a minimum gap between requests, a User-Agent, and
 * retries with capped exponential backoff on network errors, 429 and 5xx (honouring Retry-After). The
 * clock is injected so tests run the schedule without waiting.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PoliteFetchOptions {
  userAgent: string;
  /** Least time from the start of one request to the start of the next (arXiv asks for 3 s). */
  minIntervalMs: number;
  /** Retries of one request before it fails. */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  timeoutMs?: number;
  clock?: Clock;
  fetch?: typeof fetch;
  /** Told about each retry, for the progress output. */
  onRetry?: (info: { url: string; attempt: number; delayMs: number; reason: string }) => void;
}

/** A request that failed for good: a non-retryable status, or retries used up. Nothing was ingested from it. */
export class FetchFailedError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "FetchFailedError";
  }
}

// A server asking for more than this is treated as asking for this: a watch loop must not sleep for a day.
const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/** Retry-After as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const t = header.trim();
  if (/^\d+$/.test(t)) return Math.min(Number(t) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(t);
  return Number.isNaN(at) ? null : Math.min(Math.max(0, at - now), MAX_RETRY_AFTER_MS);
}

/** The delay before retry number `attempt` (0-based): base × 2^attempt, capped. */
function backoffMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** attempt);
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

export class PoliteFetcher {
  private lastStart = Number.NEGATIVE_INFINITY;
  private readonly clock: Clock;
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: PoliteFetchOptions) {
    this.clock = options.clock ?? realClock;
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** The body of a 2xx answer as text, after as many polite retries as it takes (or FetchFailedError). */
  async getText(url: string): Promise<string> {
    const { maxRetries = 6, baseDelayMs = 5_000, maxDelayMs = 5 * 60_000, timeoutMs = 60_000 } = this.options;
    for (let attempt = 0; ; attempt++) {
      const wait = this.lastStart + this.options.minIntervalMs - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      this.lastStart = this.clock.now();
      let reason: string;
      let delay: number | null = null;
      let status: number | null = null;
      try {
        const res = await this.fetchImpl(url, {
          headers: {
            "user-agent": this.options.userAgent,
            accept: "application/atom+xml, application/json;q=0.9, */*;q=0.1",
          },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (res.ok) return await res.text();
        status = res.status;
        // Drain the body so the connection can be reused.
        await res.arrayBuffer().catch(() => undefined);
        reason = `HTTP ${res.status}`;
        if (!RETRYABLE.has(res.status)) throw new FetchFailedError(`${url}: ${reason}`, res.status);
        delay = retryAfterMs(res.headers.get("retry-after"), this.clock.now());
      } catch (err) {
        if (err instanceof FetchFailedError) throw err;
        const cause = (err as { cause?: { code?: string } }).cause?.code;
        reason = `network error: ${cause ?? (err as Error).message}`;
      }
      if (attempt >= maxRetries)
        throw new FetchFailedError(`${url}: ${reason} (gave up after ${attempt + 1} attempts)`, status);
      const delayMs = delay ?? backoffMs(attempt, baseDelayMs, maxDelayMs);
      this.options.onRetry?.({ url, attempt: attempt + 1, delayMs, reason });
      await this.clock.sleep(delayMs);
    }
  }
}
