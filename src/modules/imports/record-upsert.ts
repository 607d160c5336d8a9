import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.js';
import { insertMany, updateMany } from '../../db/bulk.js';
import { sameValue } from '../../lib/same-value.js';
import type { ImportMode, PendingRow } from './import-runner.js';

type Values = Record<string, unknown>;

export interface RecordUpsert<Row, Checked, Stored extends { id: number }> {
  table: PgTable;
  /** The column rows are matched by, e.g. `external_id`. */
  keyColumn: string;
  /** The stored rows of this chunk's keys, locked, by key. */
  stored: Map<string, Stored>;
  /** The values a row sets, natural keys already resolved to ids; fields not sent are left out. */
  values(row: PendingRow<Row, Checked>): Values;
  /**
   * The whole new record for a row with no stored match (defaults filled in), or null after
   * adding errors for what a new record lacks.
   */
  newRecord(row: PendingRow<Row, Checked>, values: Values): Values | null;
}

/**
 * The write step of an import for a record stored in one row: a row whose key is new is
 * inserted, one whose values differ from the stored ones is updated (in UPSERT mode; in
 * CREATE_ONLY mode it fails as a DUPLICATE), and one that holds exactly these values is
 * UNCHANGED and not written. Two statements for the whole chunk, whatever its size.
 */
export async function upsertRecords<Row, Checked, Stored extends { id: number }>(
  tx: Database, rows: PendingRow<Row, Checked>[], mode: ImportMode, spec: RecordUpsert<Row, Checked, Stored>,
): Promise<void> {
  const creates: { row: PendingRow<Row, Checked>; record: Values }[] = [];
  const updates: { row: PendingRow<Row, Checked>; record: Values & { id: number } }[] = [];
  for (const row of rows) {
    if (row.errors.any) continue;
    // A field set to undefined was not sent: it neither changes nor counts as a difference.
    const values = Object.fromEntries(Object.entries(spec.values(row)).filter(([, value]) => value !== undefined));
    const stored = spec.stored.get(row.key);
    if (!stored) {
      const record = spec.newRecord(row, values);
      if (record) creates.push({ row, record });
      continue;
    }
    const changed = Object.keys(values).filter((field) => !sameValue((stored as Values)[field], values[field]));
    if (changed.length === 0) {
      row.outcome = { status: 'UNCHANGED', id: stored.id };
    } else if (mode === 'CREATE_ONLY') {
      row.errors.add(['externalId'], 'DUPLICATE', `A record with this key exists and differs in ${changed.join(', ')}; CREATE_ONLY does not update it.`);
    } else {
      updates.push({ row, record: { ...stored, ...values } });
      row.outcome = { status: 'UPDATED', id: stored.id };
    }
  }
  // New keys go in one order everywhere, so two calls inserting the same new keys queue on the
  // unique index rather than deadlock.
  creates.sort((a, b) => (a.row.key < b.row.key ? -1 : a.row.key > b.row.key ? 1 : 0));
  const inserted = await insertMany(tx, spec.table, creates.map((create) => create.record), spec.keyColumn);
  const idByKey = new Map(inserted.map((row) => [row.key, row.id]));
  for (const create of creates) create.row.outcome = { status: 'CREATED', id: idByKey.get(create.row.key)! };
  await updateMany(tx, spec.table, updates.map((update) => update.record));
}

/**
 * The rows a chunk created or changed, with what happened to each: what an importer publishes
 * (see events/change-feed.ts) in the chunk's transaction. Unchanged rows publish nothing.
 */
export function writtenRows<R extends { outcome: { status: 'CREATED' | 'UPDATED' | 'UNCHANGED'; id: number } | null }>(rows: R[]) {
  return rows.flatMap((row) => (row.outcome && row.outcome.status !== 'UNCHANGED'
    ? [{ row, id: row.outcome.id, kind: row.outcome.status as 'CREATED' | 'UPDATED' }] : []));
}
