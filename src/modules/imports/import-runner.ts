import { sql } from 'drizzle-orm';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import {
  isDataException, isIntegrityViolation, isTransientConflict, isUniqueViolation, missingReferenceField,
} from '../../db/errors.js';
import { badInput } from '../../lib/errors.js';
import { toGlobalId } from '../../lib/global-id.js';
import { InputErrors, type Path, type UserError } from '../../lib/user-errors.js';
import { requireWriter } from '../auth/viewer.js';
import { requestHash, runAlone, storeAnswer, storedAnswer } from './idempotency.js';

/**
 * The part every import shares: call limits, the idempotency key, per-row checks, chunked
 * transactions, all-or-nothing mode and the per-row answer. What one record type needs (its
 * fields, its natural keys, its SQL) is an `Importer`.
 */

export type ImportMode = 'UPSERT' | 'CREATE_ONLY';
export type ImportRowStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED' | 'SKIPPED';

export const MAX_IMPORT_ROWS = 5000;

export interface ImportInput<Row> {
  rows: Row[];
  mode?: ImportMode | null;
  atomic?: boolean | null;
  idempotencyKey?: string | null;
}

export interface ImportRowResult {
  index: number;
  externalId: string | null;
  id: string | null;
  status: ImportRowStatus;
  errors: UserError[];
}

export interface ImportPayload {
  rows: ImportRowResult[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
  replayed: boolean;
}

/** A row on its way through an import: what was sent, its checked values, and its outcome so far. */
export interface PendingRow<Row, Checked> {
  index: number;
  row: Row;
  /** What rows are matched by: the externalId, or a composite key for rows without one. */
  key: string;
  checked: Checked;
  /** Errors under `["input", "rows", index]`; any error makes the row FAILED. */
  errors: InputErrors;
  /** Set by the importer's `write` for each row it wrote or matched. */
  outcome: { status: 'CREATED' | 'UPDATED' | 'UNCHANGED'; id: number } | null;
}

export interface Importer<Row, Checked> {
  /** The mutation's name, which scopes idempotency keys. */
  operation: string;
  /** Type of the global ids of the records written. */
  typeName: string;
  /** What rows are matched by; default the row's own `externalId`, trimmed. */
  key?(row: Row): string;
  /** Where the key is in a row, for errors about the key (sent twice); default `["externalId"]`. */
  keyField?: Path;
  /** The externalId to report for a row; default the row's own. */
  externalId?(row: Row): string | null;
  /** The checks that need no database, turning the row into the values to write. */
  check(row: Row, errors: InputErrors): Checked;
  /**
   * Writes one chunk's valid rows through `tx`: resolves natural keys, compares with the stored
   * rows and writes what differs. Sets each row's `outcome`, or adds errors to rows it refuses
   * (and writes nothing of them).
   */
  write(tx: Database, rows: PendingRow<Row, Checked>[], mode: ImportMode): Promise<void>;
  /**
   * The order to write a chunk's rows one at a time in, when the chunk as a whole was refused;
   * e.g. parents before the rows that name them. Default: as sent.
   */
  writeOrder?(rows: PendingRow<Row, Checked>[]): PendingRow<Row, Checked>[];
}

export async function runImport<Row, Checked>(
  ctx: Context, importer: Importer<Row, Checked>, input: ImportInput<Row>,
): Promise<ImportPayload> {
  requireWriter(ctx.viewer);
  if (input.rows.length === 0 || input.rows.length > MAX_IMPORT_ROWS) {
    throw badInput(`An import takes 1 to ${MAX_IMPORT_ROWS} rows per call; this one has ${input.rows.length}.`, ['input', 'rows']);
  }
  const idempotency = idempotencyOf(importer.operation, input);
  if (!idempotency) return reported(ctx, importer, await importRows(ctx, importer, input));
  const { key, hash } = idempotency;
  return runAlone(ctx.viewer.apiKeyId, key, async () => {
    const stored = await storedAnswer<ImportPayload>(ctx.db, ctx.viewer.apiKeyId, key, importer.operation, hash);
    if (stored) return { ...stored, replayed: true };
    const payload = await importRows(ctx, importer, input);
    await storeAnswer(ctx.db, ctx.viewer.apiKeyId, key, importer.operation, hash, payload);
    return reported(ctx, importer, payload);
  });
}

/** Tells the server's observer what a call did (a replayed answer did nothing again). */
function reported(ctx: Context, importer: Importer<unknown, unknown>, payload: ImportPayload): ImportPayload {
  const { created, updated, unchanged, failed, skipped } = payload;
  ctx.imports.onImported?.(importer.operation, { created, updated, unchanged, failed, skipped });
  return payload;
}

async function importRows<Row, Checked>(
  ctx: Context, importer: Importer<Row, Checked>, input: ImportInput<Row>,
): Promise<ImportPayload> {
  const rows = input.rows.map((row, index): PendingRow<Row, Checked> => {
    const errors = new InputErrors(['input', 'rows', index]);
    return { index, row, key: keyOf(importer, row), checked: importer.check(row, errors), errors, outcome: null };
  });
  refuseRepeatedKeys(rows, importer.keyField ?? ['externalId']);
  const valid = rows.filter((row) => !row.errors.any);
  const chunks = chunked(valid, ctx.imports.chunkRows);
  const mode = input.mode ?? 'UPSERT';

  const timeoutMs = ctx.imports.statementTimeoutMs;
  let rolledBack = false;
  if (input.atomic) {
    rolledBack = valid.length < rows.length || await allOrNothing(ctx.db, async (tx) => {
      for (const chunk of chunks) await writeChunk(tx, importer, chunk, mode, timeoutMs);
      return rows.every((row) => !row.errors.any);
    });
  } else {
    for (const chunk of chunks) await writeChunk(ctx.db, importer, chunk, mode, timeoutMs);
  }
  return answer(importer, rows, rolledBack);
}

/** The `externalId` a row of a record matched by its own external id carries. */
const ownExternalId = (row: unknown): string => (row as { externalId: string }).externalId;

const keyOf = <Row>(importer: Importer<Row, unknown>, row: Row): string =>
  (importer.key ? importer.key(row) : ownExternalId(row).trim());

function idempotencyOf(operation: string, input: ImportInput<unknown>): { key: string; hash: string } | null {
  if (input.idempotencyKey == null) return null;
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > 200) {
    throw badInput('idempotencyKey must be 1 to 200 characters.', ['input', 'idempotencyKey']);
  }
  return { key, hash: requestHash(operation, input) };
}

/** A key sent twice in one call is ambiguous: the later rows fail, naming the first. */
function refuseRepeatedKeys(rows: PendingRow<unknown, unknown>[], keyField: Path): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const earlier = first.get(row.key);
    if (earlier === undefined) first.set(row.key, row.index);
    else row.errors.add(keyField, 'DUPLICATE', `Row ${earlier} of this call has the same key; send each record once.`);
  }
}

function chunked<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

class RollBack extends Error {}

/** Runs `work` in one transaction and rolls it back when it answers false; answers whether it did. */
async function allOrNothing(db: Database, work: (tx: Database) => Promise<boolean>): Promise<boolean> {
  try {
    await db.transaction(async (tx) => {
      if (!(await work(tx))) throw new RollBack();
    });
    return false;
  } catch (error) {
    if (error instanceof RollBack) return true;
    throw error;
  }
}

/** How often a chunk that lost a deadlock or serialization race is tried in all. */
const MAX_CHUNK_ATTEMPTS = 3;

/**
 * Writes one chunk in its own transaction (a savepoint inside an atomic call's), so a crash loses
 * at most this chunk and never part of it. A chunk that lost a race with another transaction is
 * tried again. A constraint the checks could not foresee, such as a concurrent writer taking a
 * unique value, fails the whole statement; the chunk is then written again row by row (in the
 * importer's `writeOrder`) so only the row at fault fails.
 */
async function writeChunk<Row, Checked>(
  db: Database, importer: Importer<Row, Checked>, rows: PendingRow<Row, Checked>[], mode: ImportMode, timeoutMs: number,
): Promise<void> {
  if (rows.length === 0) return;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.transaction(async (tx) => {
        // A chunk of thousands of rows may need longer than a request's statements are allowed.
        await tx.execute(sql`select set_config('statement_timeout', ${String(timeoutMs)}, true)`);
        await importer.write(tx, rows, mode);
      });
      return;
    } catch (error) {
      // Nothing of the chunk was written: what `write` decided about its rows is void.
      for (const row of rows) {
        row.outcome = null;
        row.errors.list.length = 0;
      }
      if (isTransientConflict(error) && attempt < MAX_CHUNK_ATTEMPTS) continue;
      if (!isRowError(error)) throw error;
      if (rows.length === 1) {
        reportRowError(rows[0].errors, error);
        return;
      }
      for (const row of importer.writeOrder?.(rows) ?? rows) await writeChunk(db, importer, [row], mode, timeoutMs);
      return;
    }
  }
}

function isRowError(error: unknown): boolean {
  return isIntegrityViolation(error) || isDataException(error);
}

function reportRowError(errors: InputErrors, error: unknown): void {
  const reference = missingReferenceField(error);
  if (reference) errors.add([reference], 'NOT_FOUND', `The record given for ${reference} no longer exists.`);
  else if (isUniqueViolation(error)) errors.add([], 'DUPLICATE', 'Another record already has a value this row must hold alone.');
  else errors.add([], 'INVALID', 'The database refused a value of this row.');
}

function answer<Row, Checked>(
  importer: Importer<Row, Checked>, rows: PendingRow<Row, Checked>[], rolledBack: boolean,
): ImportPayload {
  const payload: ImportPayload = { rows: [], created: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0, replayed: false };
  for (const row of rows) {
    const result = rowResult(importer, row, rolledBack);
    payload.rows.push(result);
    payload[result.status.toLowerCase() as 'created' | 'updated' | 'unchanged' | 'failed' | 'skipped'] += 1;
  }
  return payload;
}

function rowResult<Row, Checked>(importer: Importer<Row, Checked>, row: PendingRow<Row, Checked>, rolledBack: boolean): ImportRowResult {
  const base = { index: row.index, externalId: importer.externalId ? importer.externalId(row.row) : ownExternalId(row.row) };
  if (row.errors.any) return { ...base, id: null, status: 'FAILED', errors: row.errors.list };
  if (rolledBack) {
    // A matched row keeps its id; a row that would have been created (or was never reached) has none.
    const matched = row.outcome && row.outcome.status !== 'CREATED' ? toGlobalId(importer.typeName, row.outcome.id) : null;
    return { ...base, id: matched, status: 'SKIPPED', errors: [] };
  }
  if (!row.outcome) throw new Error(`import row ${row.index} has neither an outcome nor errors`);
  return { ...base, id: toGlobalId(importer.typeName, row.outcome.id), status: row.outcome.status, errors: [] };
}
