import fs from 'node:fs';
import { readCsv } from './csv.js';
import { readJsonl } from './jsonl.js';
import type { ImportRow, ImportTypeSpec } from './types.js';

/** One data row of the file, read and mapped, or the reason it could not be. */
export interface SourceRow {
  /** Position among the file's data rows, from 0. */
  index: number;
  /** The line of the file the row starts on, from 1. */
  line: number;
  /** Bytes of the file consumed up to the end of this row. */
  bytes: number;
  /** The row to send; absent when `error` says why it cannot be sent. */
  row?: ImportRow;
  error?: { field: string | null; message: string };
}

export type SourceFormat = 'csv' | 'jsonl';

export function formatOf(file: string): SourceFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return undefined;
}

/** Streams the rows of `file`: never more than a read buffer of it in memory. */
export function readRows(file: string, format: SourceFormat, spec: ImportTypeSpec): AsyncGenerator<SourceRow> {
  const stream = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  return format === 'csv' ? readCsv(stream, spec) : readJsonl(stream);
}
