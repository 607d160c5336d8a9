import fs from 'node:fs';
import type { Totals } from './state.js';
import type { ImportRow } from './types.js';

/** One failed row in the report file (a JSON line). */
export interface ReportEntry {
  /** The line of the source file the row starts on. */
  line: number;
  /** The row's position among the file's data rows, from 1. */
  rowNumber: number;
  externalId: string | null;
  /** The row as sent (absent when it could not be read). */
  row?: ImportRow;
  /** `field` is the path inside the row, e.g. `phones.0.number`; null for the row as a whole. */
  errors: Array<{ field: string | null; code: string; message: string }>;
}

/**
 * The report file: failed rows as JSON lines, written synchronously so its length can be recorded
 * in the resume state and a resume cuts off what a stopped run wrote after that point.
 */
export class ReportWriter {
  private readonly fd: number;
  private bytes: number;
  written = 0;

  /** `keepBytes`: the length to keep of an existing report (a resume); 0 starts it afresh. */
  constructor(readonly file: string, keepBytes: number) {
    this.fd = fs.openSync(file, keepBytes > 0 ? 'r+' : 'w');
    fs.ftruncateSync(this.fd, keepBytes);
    this.bytes = keepBytes;
  }

  get length(): number {
    return this.bytes;
  }

  write(entry: ReportEntry): void {
    const text = JSON.stringify(entry) + '\n';
    this.bytes += fs.writeSync(this.fd, text, this.bytes);
    this.written += 1;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** `["input", "rows", "3", "phones", "0", "number"]` → `phones.0.number` (the part inside the row). */
export function fieldInRow(path: string[] | null | undefined): string | null {
  if (!path) return null;
  const inside = path[0] === 'input' && path[1] === 'rows' ? path.slice(3) : path;
  return inside.length > 0 ? inside.join('.') : null;
}

export const formatCount = (n: number) => Math.round(n).toLocaleString('en-US');

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export const formatTotals = (t: Totals) =>
  `${formatCount(t.created)} created, ${formatCount(t.updated)} updated, ${formatCount(t.unchanged)} unchanged, `
  + `${formatCount(t.failed)} failed${t.skipped ? `, ${formatCount(t.skipped)} skipped` : ''}`;
