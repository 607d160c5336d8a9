import { sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { contactKeysExpression, searchTextExpression } from '../search.js';
import { folderTable, id, recordColumns, ref } from './columns.js';
import { employees, informationSources } from './catalogues.js';
import { counterparties, type Email, type Phone } from './counterparties.js';
import { persons } from './persons.js';

/** The folder tree contact cards are filed in. */
export const contactCardGroups = folderTable('contact_card_groups');

/**
 * A contact card (lead): the first registration of a possible client, mostly from a phone call,
 * with as few fields as will do: a name or a phone. Converted into a counterparty once qualified.
 */
export const contactCards = pgTable('contact_cards', {
  id: id(),
  externalId: text('external_id'),
  /** Who called or was met: a person's name, or how the caller introduced themselves. */
  name: text('name'),
  companyName: text('company_name'),
  taxNumber: text('tax_number'),
  phones: jsonb('phones').$type<Phone[]>().notNull().default([]),
  emails: jsonb('emails').$type<Email[]>().notNull().default([]),
  informationSourceId: ref('information_source_id').references(() => informationSources.id),
  responsibleEmployeeId: ref('responsible_employee_id').references(() => employees.id),
  /** What the caller is interested in. */
  interest: text('interest'),
  notes: text('notes'),
  groupId: ref('group_id').references(() => contactCardGroups.id),
  /** The counterparty the card was converted into (or attached to); set once, never cleared. */
  convertedCounterpartyId: ref('converted_counterparty_id').references(() => counterparties.id),
  convertedAt: timestamp('converted_at', { withTimezone: true, mode: 'date', precision: 3 }),
  archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** What free-text search matches: names, tax number, e-mails, phone digits (see db/search.ts). */
  searchText: text('search_text').notNull()
    .generatedAlwaysAs(searchTextExpression(['name', 'company_name', 'tax_number'])),
  /** The keys duplicates are found by (see db/search.ts), the same as counterparties carry. */
  contactKeys: text('contact_keys').array().notNull().generatedAlwaysAs(contactKeysExpression()),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('contact_cards_external_id_key').on(t.externalId),
  index('contact_cards_group_id_idx').on(t.groupId, t.id),
  index('contact_cards_responsible_employee_id_idx').on(t.responsibleEmployeeId, t.id),
  index('contact_cards_information_source_id_idx').on(t.informationSourceId, t.id),
  index('contact_cards_converted_counterparty_id_idx').on(t.convertedCounterpartyId, t.id).where(sql`${t.convertedCounterpartyId} is not null`),
  index('contact_cards_search_text_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  index('contact_cards_contact_keys_idx').using('gin', t.contactKeys),
  check('contact_cards_name_or_phone', sql`${t.name} is not null or jsonb_array_length(${t.phones}) > 0`),
  check('contact_cards_converted_together', sql`(${t.convertedCounterpartyId} is null) = (${t.convertedAt} is null)`),
]);

/**
 * A person of a contact card: who called, who decides. A card's people are persons of the
 * dossier like a counterparty's; the link holds what a position at a counterparty will hold once
 * the card is converted (title, role, primary).
 */
export const contactCardPersons = pgTable('contact_card_persons', {
  id: id(),
  contactCardId: ref('contact_card_id').notNull().references(() => contactCards.id),
  personId: ref('person_id').notNull().references(() => persons.id, { onDelete: 'cascade' }),
  title: text('title'),
  role: text('role'),
  isPrimary: boolean('is_primary').notNull().default(false),
}, (t) => [
  uniqueIndex('contact_card_persons_card_person_key').on(t.contactCardId, t.personId),
  index('contact_card_persons_person_id_idx').on(t.personId),
]);

export type ContactCardGroupRow = typeof contactCardGroups.$inferSelect;
export type ContactCardRow = typeof contactCards.$inferSelect;
export type ContactCardInsert = typeof contactCards.$inferInsert;
export type ContactCardPersonRow = typeof contactCardPersons.$inferSelect;
