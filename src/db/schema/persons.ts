import { boolean, date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { searchTextExpression } from '../search.js';
import { id, recordColumns, ref } from './columns.js';
import { counterparties, type Email, type Phone } from './counterparties.js';

export interface ImportantDate { label: string; date: string }

/** A contact person or a notable market figure (the personal dossier). */
export const persons = pgTable('persons', {
  id: id(),
  externalId: text('external_id'),
  lastName: text('last_name').notNull(),
  firstName: text('first_name'),
  middleName: text('middle_name'),
  phones: jsonb('phones').$type<Phone[]>().notNull().default([]),
  emails: jsonb('emails').$type<Email[]>().notNull().default([]),
  birthday: date('birthday', { mode: 'string' }),
  importantDates: jsonb('important_dates').$type<ImportantDate[]>().notNull().default([]),
  notes: text('notes'),
  archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** What free-text search matches: names, e-mails, phone digits (see db/search.ts). */
  searchText: text('search_text').notNull()
    .generatedAlwaysAs(searchTextExpression(['last_name', 'first_name', 'middle_name'])),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('persons_external_id_key').on(t.externalId),
  index('persons_name_id_idx').on(t.lastName, t.firstName, t.id),
  index('persons_search_text_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
]);

/** A person's position at a counterparty: one person may hold several, now and in the past. */
export const personPositions = pgTable('person_positions', {
  id: id(),
  personId: ref('person_id').notNull().references(() => persons.id, { onDelete: 'cascade' }),
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  title: text('title'),
  role: text('role'),
  isPrimary: boolean('is_primary').notNull().default(false),
  startDate: date('start_date', { mode: 'string' }),
  endDate: date('end_date', { mode: 'string' }),
}, (t) => [
  index('person_positions_counterparty_id_idx').on(t.counterpartyId, t.personId),
  index('person_positions_person_id_idx').on(t.personId),
]);

export type PersonRow = typeof persons.$inferSelect;
export type PersonPositionRow = typeof personPositions.$inferSelect;
