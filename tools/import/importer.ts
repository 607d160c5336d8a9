import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Aborted, CallError, PayloadTooLarge, type ImportClient, type RetryNotice } from './client.js';
import type { Progress, ProgressSnapshot } from './progress.js';
import { fieldInRow, formatCount, ReportWriter, type ReportEntry } from './report.js';
import { HeaderError } from './rows.js';
import { readRows, type SourceFormat } from './source.js';
import {
  addTotals, emptyTotals, PrefixHasher, readState, removeState, stateMatches, writeState, type Totals,
} from './state.js';
import type { ImportMode, ImportPayload, ImportRow, ImportTypeSpec, SourceRow } from './types.js';

/**
 * Reads a file's rows, sends them in calls of `batchSize` rows with `concurrency` calls in flight,
 * and keeps the resume state and the report of failed rows. Used by `npm run import` and, in
 * process, by the crash test.
 */
export interface ImportOptions {
  spec: ImportTypeSpec;
  file: string;
  format: SourceFormat;
  mode: ImportMode;
  /** Rows per call, at most 5,000. */
  batchSize: number;
  /** Calls in flight at once. */
  concurrency: number;
  client: ImportClient;
  reportFile: string;
  stateFile: string;
  /** Ignore a saved state and start from the first row. */
  restart?: boolean;
  /** Aborting stops sending; calls in flight are answered, the state saved. */
  signal?: AbortSignal;
  progress?: Progress;
  /** Messages for the user (resume, retries). */
  log?: (message: string) => void;
  /** Watches calls: the crash test counts the calls in flight when it kills the server. */
  onCall?: (event: CallEvent) => void;
}

export interface CallEvent {
  phase: 'sent' | 'answered' | 'failed';
  /** The call's first row among the file's data rows, from 0, and its number of rows. */
  firstRow: number;
  rows: number;
}

export interface ImportOutcome {
  /** completed: every row answered; aborted: the signal stopped it; stopped: an error did. */
  status: 'completed' | 'aborted' | 'stopped';
  /** Why it stopped. */
  error?: string;
  /** Rows a resume skipped. */
  resumedFrom: number;
  /** Leading rows done (what the state file holds). */
  rowsDone: number;
  /** Rows answered in this run. */
  rowsThisRun: number;
  /** Counts for the rows done, earlier runs of a resume included. */
  totals: Totals;
  /** Counts for the rows answered in this run. */
  totalsThisRun: Totals;
  seconds: number;
  /** The report file, or null when no row failed (it is then removed). */
  reportFile: string | null;
  /** True when the error is in the file or the options (exit code 2), not in the run. */
  usageError?: boolean;
}

interface Batch {
  /** The batch's first row and the row after its last, among the file's data rows. */
  first: number;
  end: number;
  endBytes: number;
  items: SourceRow[];
}

interface Answered {
  end: number;
  endBytes: number;
  totals: Totals;
  entries: ReportEntry[];
}

const MAX_ROWS_PER_CALL = 5000;
const range = (first: number, end: number) => `rows ${formatCount(first + 1)}–${formatCount(end)}`;

export async function runImport(options: ImportOptions): Promise<ImportOutcome> {
  const { spec, file, client, signal } = options;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const fileBytes = fs.statSync(file).size;

  // Resume: skip the leading rows a saved state says are done, if they are still the same.
  let resumedFrom = 0;
  let reportKeep = 0;
  const totals = emptyTotals();
  const saved = readState(options.stateFile);
  if (saved && options.restart) {
    log(`Ignoring the saved state (--restart): starting from the first row.`);
  } else if (saved) {
    const match = stateMatches(saved, spec.name, file);
    if (!match.ok) {
      log(`The saved state ${options.stateFile} does not fit this file (${match.why}): starting from the first row.`);
    } else {
      resumedFrom = saved.rowsDone;
      addTotals(totals, saved.totals);
      const reportSize = fs.existsSync(options.reportFile) ? fs.statSync(options.reportFile).size : 0;
      reportKeep = reportSize >= saved.reportBytes ? saved.reportBytes : 0;
      log(`Resuming: the first ${formatCount(resumedFrom)} rows were done by an earlier run (state in ${options.stateFile}); skipping them.`
        + (reportKeep < saved.reportBytes ? ` The earlier report ${options.reportFile} is gone: it will list only the failures from here on.` : ''));
    }
  }
  const report = new ReportWriter(options.reportFile, reportKeep);
  const hasher = new PrefixHasher(file);
  const runId = randomBytes(8).toString('hex');
  const totalsThisRun = emptyTotals();
  let rowsThisRun = 0;
  let rowsRead = 0;
  let bytesRead = 0;
  let readAll = false;
  let maxRows = Math.min(options.batchSize, MAX_ROWS_PER_CALL);
  let stopError: string | undefined;
  let usageError = false;
  const stopping = () => signal?.aborted || stopError !== undefined;

  // The resume point advances over answered calls in file order; calls answered out of order wait.
  let rowsDone = resumedFrom;
  const waiting = new Map<number, Answered>();
  function answered(first: number, result: Answered): void {
    waiting.set(first, result);
    if (!waiting.has(rowsDone)) return;
    let bytesDone = 0;
    while (waiting.has(rowsDone)) {
      const next = waiting.get(rowsDone)!;
      waiting.delete(rowsDone);
      for (const entry of next.entries) report.write(entry);
      addTotals(totals, next.totals);
      rowsDone = next.end;
      bytesDone = next.endBytes;
    }
    writeState(options.stateFile, {
      version: 1, type: spec.name, file: file.split(/[\\/]/).pop()!, rowsDone, bytesDone,
      prefixSha256: hasher.digestAt(bytesDone), reportBytes: report.length, totals, updatedAt: new Date().toISOString(),
    });
  }

  const snapshot = (): ProgressSnapshot => {
    const live = { ...totals };
    for (const pending of waiting.values()) addTotals(live, pending.totals);
    return {
      rowsDone: resumedFrom + rowsThisRun,
      rowsThisRun, rowsRead, bytesRead, fileBytes, readAll, totals: live,
      secondsThisRun: (performance.now() - started) / 1000,
    };
  };
  const ticker = setInterval(() => options.progress?.update(snapshot()), 1000);
  ticker.unref();

  let lastRetryLog = 0;
  const onRetry = (batch: Batch) => (notice: RetryNotice) => {
    if (Date.now() - lastRetryLog < 3000) return;
    lastRetryLog = Date.now();
    log(`The server did not answer the call for ${range(batch.first, batch.end)}: ${notice.reason}; sending it again in `
      + `${(notice.delayMs / 1000).toFixed(1)} s (attempt ${notice.attempt + 1}).`);
  };

  /** The rows of the (part of a) call a CallError was the answer to, to name the row at fault. */
  const refusedRows = new WeakMap<CallError, SourceRow[]>();

  /** Sends rows as one call, or in halves when the server finds the call too large. */
  async function send(batch: Batch, items: SourceRow[]): Promise<ImportPayload['rows']> {
    const rows = items.map((item) => item.row as ImportRow);
    try {
      const payload = await client.send(spec, {
        rows, mode: options.mode, idempotencyKey: `${runId}:${items[0].index}:${items.length}`,
      }, { signal, onRetry: onRetry(batch) });
      if (payload.rows.length !== rows.length) {
        throw new CallError(`The server answered ${payload.rows.length} row results for ${rows.length} rows.`, 200);
      }
      return payload.rows;
    } catch (error) {
      if (error instanceof CallError && !refusedRows.has(error)) refusedRows.set(error, items);
      if (!(error instanceof PayloadTooLarge)) throw error;
      if (items.length === 1) throw new CallError(`The row at line ${items[0].line} alone is larger than the server accepts (413).`, 413);
      const half = Math.ceil(items.length / 2);
      if (half < maxRows) {
        maxRows = half;
        log(`${error.message} Sending at most ${formatCount(half)} rows per call from now on.`);
      }
      const head = await send(batch, items.slice(0, half));
      const tail = await send(batch, items.slice(half));
      return [...head, ...tail.map((result) => ({ ...result, index: result.index + half }))];
    }
  }

  async function runBatch(batch: Batch): Promise<void> {
    const sendable = batch.items.filter((item) => item.row !== undefined);
    const batchTotals = emptyTotals();
    const entries: ReportEntry[] = [];
    const externalId = (row: ImportRow | undefined) => (typeof row?.[spec.keyField] === 'string' ? row[spec.keyField] as string : null);
    for (const item of batch.items) {
      if (item.error) {
        batchTotals.failed += 1;
        entries.push({
          line: item.line, rowNumber: item.index + 1, externalId: null,
          errors: [{ field: item.error.field, code: 'UNREADABLE', message: item.error.message }],
        });
      }
    }
    options.onCall?.({ phase: 'sent', firstRow: batch.first, rows: batch.end - batch.first });
    try {
      const results = sendable.length > 0 ? await send(batch, sendable) : [];
      for (const result of results) {
        const item = sendable[result.index];
        switch (result.status) {
          case 'CREATED': batchTotals.created += 1; break;
          case 'UPDATED': batchTotals.updated += 1; break;
          case 'UNCHANGED': batchTotals.unchanged += 1; break;
          case 'SKIPPED': batchTotals.skipped += 1; break;
          case 'FAILED':
            batchTotals.failed += 1;
            entries.push({
              line: item.line, rowNumber: item.index + 1, externalId: externalId(item.row), row: item.row,
              errors: result.errors.map((e) => ({ field: fieldInRow(e.field), code: e.code, message: e.message })),
            });
            break;
        }
      }
      entries.sort((a, b) => a.rowNumber - b.rowNumber);
      options.onCall?.({ phase: 'answered', firstRow: batch.first, rows: batch.end - batch.first });
    } catch (error) {
      options.onCall?.({ phase: 'failed', firstRow: batch.first, rows: batch.end - batch.first });
      if (error instanceof Aborted) return;
      if (!(error instanceof CallError)) {
        stopError ??= `The call for ${range(batch.first, batch.end)} failed: ${(error as Error).stack ?? error}`;
        return;
      }
      stopError ??= describeCallError(error, batch, refusedRows.get(error) ?? sendable);
      return;
    }
    addTotals(totalsThisRun, batchTotals);
    rowsThisRun += batch.end - batch.first;
    answered(batch.first, { end: batch.end, endBytes: batch.endBytes, totals: batchTotals, entries });
    options.progress?.update(snapshot());
  }

  const inFlight = new Set<Promise<void>>();
  async function launch(items: SourceRow[]): Promise<void> {
    while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
    if (stopping()) return;
    const batch: Batch = { first: items[0].index, end: items[items.length - 1].index + 1, endBytes: items[items.length - 1].bytes, items };
    const call: Promise<void> = runBatch(batch).finally(() => inFlight.delete(call));
    inFlight.add(call);
  }

  try {
    let items: SourceRow[] = [];
    for await (const item of readRows(file, options.format, spec)) {
      rowsRead = item.index + 1;
      bytesRead = item.bytes;
      if (item.index < resumedFrom) continue;
      items.push(item);
      if (items.length >= maxRows) {
        await launch(items);
        items = [];
      }
      if (stopping()) break;
    }
    if (!stopping()) {
      readAll = true;
      if (items.length > 0) await launch(items);
    }
  } catch (error) {
    usageError = error instanceof HeaderError;
    stopError ??= usageError ? (error as Error).message : `Reading ${file} failed: ${(error as Error).message}`;
  }
  await Promise.all(inFlight);
  clearInterval(ticker);
  options.progress?.update(snapshot(), true);
  options.progress?.finish();

  const status = stopError !== undefined ? 'stopped' : signal?.aborted ? 'aborted' : 'completed';
  report.close();
  if (status === 'completed') removeState(options.stateFile);
  if (report.length === 0) fs.rmSync(options.reportFile, { force: true });
  return {
    status, error: stopError, resumedFrom, rowsDone, rowsThisRun, totals, totalsThisRun,
    seconds: (performance.now() - started) / 1000,
    reportFile: report.length > 0 ? options.reportFile : null,
    usageError,
  };
}

/** A call the server refused, with the rows it covered and, when it names one, the row at fault. */
function describeCallError(error: CallError, batch: Batch, sendable: SourceRow[]): string {
  const lines = `lines ${formatCount(batch.items[0].line)}–${formatCount(batch.items[batch.items.length - 1].line)}`;
  const parts = [`The server refused the call for ${range(batch.first, batch.end)} (${lines}): ${error.message}`];
  for (const graphQLError of error.errors.slice(0, 5)) {
    const field = graphQLError.extensions?.field;
    if (field && field[0] === 'input' && field[1] === 'rows' && sendable[Number(field[2])]) {
      const item = sendable[Number(field[2])];
      parts.push(`  row at line ${formatCount(item.line)}${field.length > 3 ? `, field ${field.slice(3).join('.')}` : ''}: ${graphQLError.message}`);
    } else if (graphQLError !== error.errors[0]) {
      parts.push(`  ${graphQLError.message}`);
    }
  }
  return parts.join('\n');
}
