import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportTypeName } from './types.js';

/**
 * The resume point of an import: how many leading rows of the file are done (every call covering
 * them was answered), and a SHA-256 of the file's bytes up to the end of those rows, so a resume
 * skips them only while they are still the same bytes. Rows after them may have been edited (say,
 * to fix the failed ones): they are read again anyway.
 */
export interface ImportState {
  version: 1;
  type: ImportTypeName;
  /** The file's name, for people reading the state file. */
  file: string;
  rowsDone: number;
  bytesDone: number;
  prefixSha256: string;
  /** Length of the report file when the state was written; a resume cuts it back to this. */
  reportBytes: number;
  totals: Totals;
  updatedAt: string;
}

export interface Totals {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
}

export const emptyTotals = (): Totals => ({ created: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0 });

export function addTotals(into: Totals, more: Totals): void {
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
  into.failed += more.failed;
  into.skipped += more.skipped;
}

export function readState(file: string): ImportState | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const state = JSON.parse(text) as ImportState;
  return state.version === 1 ? state : null;
}

/** Written to a temporary file and renamed over the old one: a crash leaves the old or the new. */
export function writeState(file: string, state: ImportState): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, JSON.stringify(state, null, 2) + '\n');
  fs.renameSync(temporary, file);
}

export function removeState(file: string): void {
  fs.rmSync(file, { force: true });
}

/** SHA-256 of the first `bytes` bytes of `file`, fed forward as the import advances. */
export class PrefixHasher {
  private hash: Hash = createHash('sha256');
  private hashed = 0;
  private readonly buffer = Buffer.alloc(1 << 20);

  constructor(private readonly file: string) {}

  digestAt(bytes: number): string {
    if (bytes < this.hashed) throw new Error(`PrefixHasher went backwards: ${bytes} < ${this.hashed}`);
    const fd = fs.openSync(this.file, 'r');
    try {
      while (this.hashed < bytes) {
        const read = fs.readSync(fd, this.buffer, 0, Math.min(this.buffer.length, bytes - this.hashed), this.hashed);
        if (read === 0) throw new Error(`${this.file} is shorter than ${bytes} bytes`);
        this.hash.update(this.buffer.subarray(0, read));
        this.hashed += read;
      }
    } finally {
      fs.closeSync(fd);
    }
    return this.hash.copy().digest('hex');
  }
}

/** Whether a saved state still describes `file`: same type, and the rows it skips unchanged. */
export function stateMatches(state: ImportState, type: ImportTypeName, file: string): { ok: true } | { ok: false; why: string } {
  if (state.type !== type) return { ok: false, why: `it is for a ${state.type} import` };
  if (fs.statSync(file).size < state.bytesDone) return { ok: false, why: 'the file is shorter than the part it says is done' };
  if (new PrefixHasher(file).digestAt(state.bytesDone) !== state.prefixSha256) {
    return { ok: false, why: 'the rows it says are done have changed in the file' };
  }
  return { ok: true };
}
