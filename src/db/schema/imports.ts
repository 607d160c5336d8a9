import { jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref } from './columns.js';
import { apiKeys } from './auth.js';

/**
 * The answer of every completed import call made with an idempotency key, so that a retry of the
 * same call (the client never saw the answer) gets it back instead of running again. Keys belong
 * to the API key that sent them: one caller cannot read another's answers.
 */
export const importCalls = pgTable('import_calls', {
  id: id(),
  apiKeyId: ref('api_key_id').notNull().references(() => apiKeys.id),
  idempotencyKey: text('idempotency_key').notNull(),
  /** The mutation, e.g. `importCounterparties`: a key reused for another mutation is a conflict. */
  operation: text('operation').notNull(),
  /** SHA-256 of the call's input: a key reused for other rows is a conflict. */
  requestHash: text('request_hash').notNull(),
  response: jsonb('response').notNull(),
  createdAt: createdAt(),
}, (t) => [uniqueIndex('import_calls_api_key_idempotency_key').on(t.apiKeyId, t.idempotencyKey)]);

export type ImportCallRow = typeof importCalls.$inferSelect;
