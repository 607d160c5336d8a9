import type { Readable } from 'node:stream';
import type { SourceRow } from './types.js';

/** JSONL rows: one JSON object per line, sent as it is; blank lines are skipped. */
export async function* readJsonl(stream: Readable): AsyncGenerator<SourceRow> {
  let pending: Buffer = Buffer.alloc(0);
  let consumed = 0; // bytes of the file before `pending`
  let lineNumber = 0;
  let index = 0;

  function* lines(final: boolean): Generator<SourceRow> {
    let start = 0;
    for (;;) {
      let end = pending.indexOf(0x0a, start);
      if (end < 0) {
        if (!final || start >= pending.length) break;
        end = pending.length;
      }
      lineNumber += 1;
      const text = pending.toString('utf8', start, end).replace(/\r$/, '');
      start = end + 1;
      if (text.trim() === '') continue;
      const base = { index: index++, line: lineNumber, bytes: consumed + Math.min(start, pending.length) };
      let value: unknown;
      try {
        value = JSON.parse(lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text);
      } catch (error) {
        yield { ...base, error: { field: null, message: `Not valid JSON: ${(error as Error).message}` } };
        continue;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        yield { ...base, error: { field: null, message: 'A line must hold one JSON object.' } };
        continue;
      }
      yield { ...base, row: value as Record<string, unknown> };
    }
    consumed += Math.min(start, pending.length);
    pending = pending.subarray(Math.min(start, pending.length));
  }

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    yield* lines(false);
  }
  yield* lines(true);
}
