import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { id } from './columns.js';

export const historyOperation = pgEnum('history_operation', ['CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'STATUS', 'DELETE']);

/** A field's value before and after one change, as JSON (null: none). */
export interface FieldChange { old: unknown; new: unknown }

/**
 * The audit log: one row per register record a statement created, changed or deleted, with the
 * fields that changed. Written only by the statement-level triggers of the custom migration
 * `record_history_triggers` (every write path, mutations, imports and scripts alike, one INSERT
 * per statement), never by application code. No foreign keys: the history outlives the keys,
 * employees and records it names, and writes cost no reference checks.
 */
export const recordHistory = pgTable('record_history', {
  id: id(),
  /** The transaction's start time: every row one write made carries the same instant. */
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  /** The API key of the request that wrote (setting `crm.api_key_id`); null for scripts and jobs. */
  apiKeyId: bigint('api_key_id', { mode: 'number' }),
  /** The employee that key acts for (setting `crm.employee_id`), if any. */
  employeeId: bigint('employee_id', { mode: 'number' }),
  /** The GraphQL type of the record: `Counterparty`, `Order`, … */
  recordType: text('record_type').notNull(),
  recordId: bigint('record_id', { mode: 'number' }).notNull(),
  /** The counterparty the record belongs to, where it has one (a counterparty's own rows: itself). */
  counterpartyId: bigint('counterparty_id', { mode: 'number' }),
  operation: historyOperation('operation').notNull(),
  /**
   * By SQL column name: for CREATE the values written (`{ "name": "A" }`, nulls left out), for
   * DELETE the values held, else only the columns that changed (`{ "name": { "old": "A", "new": "B" } }`).
   * Building per-field pairs for every row of an import costs it time; the API builds them on read.
   */
  changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
}, (t) => [
  // The one index besides the key: each index is written for every row an import logs, and the
  // log must not slow imports by more than 15%. A record's history reads this index; the ADMIN
  // query across records by employee or key walks the log newest first by its key instead.
  index('record_history_record_idx').on(t.recordType, t.recordId, t.id),
]);

export type RecordHistoryRow = typeof recordHistory.$inferSelect;
