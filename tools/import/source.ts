import fs from 'node:fs';
import { readCsv } from './csv.js';
import { readJsonl } from './jsonl.js';
import type { ImportTypeSpec, SourceRow } from './types.js';

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
