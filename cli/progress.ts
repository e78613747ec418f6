import { SingleBar } from "cli-progress";
import type { IngestCounts } from "../domain/ingest-counts.js";
import type { ReadProgress } from "../domain/read-source.js";

/**
 * Progress of a long ingest, always on stderr (stdout carries the summary or its JSON). On a terminal:
 * a bar over the input's bytes with papers/s and ETA. Elsewhere (CI, a log file): a plain line every
 * 10 s or every 10,000 papers, so logs show the run is alive without a line per chunk.
 *
 * The total is the input files' size: papers are only known once read, bytes up front. Streamed
 * formats report bytes as they are read; whole-file formats count as read once parsed.
 */
export interface ProgressOptions {
  totalBytes: number;
  tty: boolean;
  out: NodeJS.WritableStream;
  now?: () => number;
  intervalMs?: number;
  everyPapers?: number;
}

export class IngestProgress {
  private readonly now: () => number;
  private readonly started: number;
  private finishedBytes = 0;
  private current: { size: number; progress: ReadProgress } | null = null;
  private lastLineAt: number;
  private lastLinePapers = 0;
  private readonly bar: SingleBar | null;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
    this.lastLineAt = this.started;
    this.bar = options.tty
      ? new SingleBar({
          stream: options.out,
          format:
            "ingest [{bar}] {percentage}% | {papers} papers | {claims} claims | {rate} papers/s | ETA {eta_formatted}",
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
          fps: 5,
        })
      : null;
    this.bar?.start(Math.max(1, options.totalBytes), 0, { papers: 0, claims: 0, rate: 0 });
  }

  /** The next file's reader: its bytes count from here on. */
  startFile(source: { size: number; progress: ReadProgress }): void {
    if (this.current) this.finishedBytes += this.current.size;
    this.current = source;
  }

  private bytesDone(): number {
    const inFile = this.current ? Math.min(this.current.progress.bytesRead, this.current.size) : 0;
    return this.finishedBytes + inFile;
  }

  /** Called by ingestSources after every chunk with the running totals. */
  update(counts: IngestCounts): void {
    const t = this.now();
    const seconds = (t - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(counts.papersSeen / seconds) : 0;
    const done = this.bytesDone();
    if (this.bar) {
      this.bar.update(done, { papers: counts.papersSeen, claims: counts.claimsStored, rate });
      return;
    }
    const dueByTime = t - this.lastLineAt >= (this.options.intervalMs ?? 10_000);
    const dueByCount = counts.papersSeen - this.lastLinePapers >= (this.options.everyPapers ?? 10_000);
    if (!dueByTime && !dueByCount) return;
    this.lastLineAt = t;
    this.lastLinePapers = counts.papersSeen;
    const total = this.options.totalBytes;
    const share = total > 0 ? done / total : 0;
    const eta = share > 0 && share < 1 ? ` | ETA ${formatDuration((seconds * (1 - share)) / share)}` : "";
    this.options.out.write(
      `ingest: ${counts.papersSeen.toLocaleString("en-US")} papers, ${counts.claimsStored.toLocaleString("en-US")} claims` +
        ` | ${Math.floor(share * 100)}% of input | ${rate.toLocaleString("en-US")} papers/s${eta}\n`,
    );
  }

  /** Removes the bar (its timer would keep the process alive); plain lines need no closing. */
  stop(): void {
    this.bar?.stop();
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}
