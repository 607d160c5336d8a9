import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref } from './columns.js';
import { employees } from './catalogues.js';
import { counterparties } from './counterparties.js';
import { persons } from './persons.js';

export const apiKeyRole = pgEnum('api_key_role', ['ADMIN', 'MANAGER', 'VIEWER', 'PARTNER']);

/** API keys are stored as SHA-256 hashes; the key itself is shown once, when it is created. */
export const apiKeys = pgTable('api_keys', {
  id: id(),
  name: text('name').notNull(),
  role: apiKeyRole('role').notNull(),
  /** First characters of the key, kept in clear so an operator can tell keys apart. */
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull(),
  employeeId: ref('employee_id').references(() => employees.id),
  /** A PARTNER key's organisation: the portal shows it this counterparty's data and nothing else. */
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  /** The person of that organisation the PARTNER key acts for, when it is one person's. */
  personId: ref('person_id').references(() => persons.id),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** After this instant the key is refused (UNAUTHENTICATED, saying it expired); null: never. */
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** When a request last came with the key, to the minute: each process writes it at most once a minute per key. */
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date', precision: 3 }),
}, (t) => [
  uniqueIndex('api_keys_key_hash_key').on(t.keyHash),
  index('api_keys_counterparty_id_idx').on(t.counterpartyId),
  // A partner key has its organisation, and only a partner key has one. Compared as text: a
  // value added to an enum cannot be named in the migration's transaction that adds it.
  check('api_keys_partner_has_counterparty', sql`(${t.role}::text = 'PARTNER') = (${t.counterpartyId} is not null)`),
  check('api_keys_person_only_for_partner', sql`${t.personId} is null or ${t.counterpartyId} is not null`),
]);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
