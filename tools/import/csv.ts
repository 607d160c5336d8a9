import type { Readable } from 'node:stream';
import { parse, type Info } from 'csv-parse';
import { CellError, checkHeader, csvRecordToRow } from './rows.js';
import type { ImportTypeSpec, SourceRow } from './types.js';

/**
 * CSV rows, parsed with csv-parse (RFC 4180: quoted cells with commas, doubled quotes and line
 * breaks). The header row names the fields; see rows.ts for how cells become values.
 */
export async function* readCsv(stream: Readable, spec: ImportTypeSpec): AsyncGenerator<SourceRow> {
  const newlines = new NewlineIndex();
  stream.on('data', (chunk: Buffer) => newlines.observe(chunk));
  const parser = stream.pipe(parse({
    bom: true,
    columns: (header: string[]) => checkHeader(spec, header.map((name) => name.trim())),
    skip_empty_lines: true,
    info: true,
  }));
  stream.on('error', (error) => parser.destroy(error));
  let index = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: Info }>) {
    // `info.bytes` ends after the record's line break: the record's last line holds byte
    // `bytes - 1`, and it started as many lines earlier as its cells hold line breaks.
    let breaksInside = 0;
    for (const cell of Object.values(record)) for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) breaksInside++;
    const line = newlines.before(info.bytes - 1) + 1 - breaksInside;
    const base = { index: index++, line, bytes: info.bytes };
    try {
      yield { ...base, row: csvRecordToRow(spec, record) };
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      yield { ...base, error: { field: error.field, message: error.message } };
    }
  }
}

/** Counts the line breaks before a byte offset of the stream, for offsets that only grow. */
class NewlineIndex {
  private positions: number[] = [];
  private head = 0;
  private passed = 0;
  private seen = 0;

  observe(chunk: Buffer): void {
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) this.positions.push(this.seen + at);
    this.seen += chunk.length;
  }

  before(offset: number): number {
    while (this.head < this.positions.length && this.positions[this.head] < offset) {
      this.head++;
      this.passed++;
    }
    if (this.head > 4096) {
      this.positions = this.positions.slice(this.head);
      this.head = 0;
    }
    return this.passed;
  }
}
