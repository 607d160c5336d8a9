import { pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref } from './columns.js';
import { employees } from './catalogues.js';

export const apiKeyRole = pgEnum('api_key_role', ['ADMIN', 'MANAGER', 'VIEWER']);

/** API keys are stored as SHA-256 hashes; the key itself is shown once, when it is created. */
export const apiKeys = pgTable('api_keys', {
  id: id(),
  name: text('name').notNull(),
  role: apiKeyRole('role').notNull(),
  /** First characters of the key, kept in clear so an operator can tell keys apart. */
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull(),
  employeeId: ref('employee_id').references(() => employees.id),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date', precision: 3 }),
}, (t) => [uniqueIndex('api_keys_key_hash_key').on(t.keyHash)]);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
