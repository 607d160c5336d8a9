import type { Totals } from './state.js';
import { formatCount, formatDuration } from './report.js';

/** What the progress line shows; the importer updates it as calls are answered. */
export interface ProgressSnapshot {
  /** Rows answered (this run plus those a resume skipped). */
  rowsDone: number;
  /** Rows answered in this run, for the rate. */
  rowsThisRun: number;
  /** Rows read from the file so far and the bytes they took. */
  rowsRead: number;
  bytesRead: number;
  fileBytes: number;
  /** True once the whole file is read: `rowsRead` is then the exact total. */
  readAll: boolean;
  totals: Totals;
  secondsThisRun: number;
}

/** Estimated total rows: exact once the file is read, else from the bytes a row takes so far. */
export function estimatedTotal(s: ProgressSnapshot): number {
  if (s.readAll || s.bytesRead === 0) return s.rowsRead;
  return Math.max(s.rowsRead, Math.round((s.rowsRead / s.bytesRead) * s.fileBytes));
}

export function progressLine(s: ProgressSnapshot, width: number): string {
  const total = estimatedTotal(s);
  const fraction = total > 0 ? Math.min(1, s.rowsDone / total) : 0;
  const rate = s.secondsThisRun > 0 ? s.rowsThisRun / s.secondsThisRun : 0;
  const eta = rate > 0 ? (total - s.rowsDone) / rate : Infinity;
  const t = s.totals;
  const text = `${(fraction * 100).toFixed(1).padStart(5)}%  ${formatCount(s.rowsDone)}/${s.readAll ? '' : '~'}${formatCount(total)} rows`
    + `  ${formatCount(rate)} rows/s  ETA ${formatDuration(eta)}`
    + `  created ${formatCount(t.created)} updated ${formatCount(t.updated)} unchanged ${formatCount(t.unchanged)} failed ${formatCount(t.failed)}`;
  const barWidth = Math.max(0, Math.min(30, width - text.length - 3));
  if (barWidth < 10) return text.slice(0, Math.max(0, width - 1));
  const filled = Math.round(fraction * barWidth);
  return `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${text}`;
}

/**
 * The progress display on stderr: on a terminal one line redrawn in place (at most 5 times a
 * second); otherwise (a log file, CI) a line every `intervalMs`.
 */
export class Progress {
  private last = 0;
  private drawn = false;
  private lastLine = '';
  private snapshot: ProgressSnapshot | null = null;

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly intervalMs = stream.isTTY ? 200 : 5000,
    private readonly enabled = true,
  ) {}

  update(snapshot: ProgressSnapshot, force = false): void {
    this.snapshot = snapshot;
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < this.intervalMs) return;
    this.last = now;
    this.draw();
  }

  /** Prints a message on its own line, keeping the progress line below it. */
  log(message: string): void {
    if (!this.enabled) return;
    this.clear();
    this.stream.write(message + '\n');
    if (this.stream.isTTY && this.snapshot) this.draw();
  }

  /** Leaves the last progress line in place and moves below it. */
  finish(): void {
    if (!this.enabled || !this.snapshot) return;
    this.draw();
    if (this.drawn) this.stream.write('\n');
    this.drawn = false;
  }

  private draw(): void {
    if (!this.snapshot) return;
    if (this.stream.isTTY) {
      this.stream.write(`\r${progressLine(this.snapshot, this.stream.columns || 120)}\x1b[K`);
      this.drawn = true;
      return;
    }
    const line = progressLine(this.snapshot, 200);
    if (line === this.lastLine) return;
    this.lastLine = line;
    this.stream.write(line + '\n');
  }

  private clear(): void {
    if (this.drawn && this.stream.isTTY) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
