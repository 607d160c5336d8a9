import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, uniqueIndex, pgEnum, pgTable, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { id, recordColumns, ref } from './columns.js';
import { employees, informationSources } from './catalogues.js';
import { claims } from './claims.js';
import { contactCards } from './contact-cards.js';
import { counterparties, importance } from './counterparties.js';
import { persons } from './persons.js';

export const chronicleKind = pgEnum('chronicle_kind', ['CONTACT', 'EVENT', 'EMAIL', 'VISIT', 'MEETING', 'CALL', 'LETTER', 'TASK', 'SPECIAL_EVENT', 'NOTE']);
export const chronicleStatus = pgEnum('chronicle_status', ['PLANNED', 'DONE', 'CANCELLED']);
export const contactChannel = pgEnum('contact_channel', ['PHONE', 'EMAIL', 'MEETING', 'VISIT', 'LETTER', 'MESSENGER', 'OTHER']);
export const contactDirection = pgEnum('contact_direction', ['INCOMING', 'OUTGOING']);

/** One contact or event with a counterparty or a contact card (its owner, exactly one of them), planned or happened. */
export const chronicleEntries = pgTable('chronicle_entries', {
  id: id(),
  externalId: text('external_id'),
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  /** The contact card the entry is about, for a lead not yet a counterparty; converting the card moves it to the counterparty. */
  contactCardId: ref('contact_card_id').references(() => contactCards.id),
  personId: ref('person_id').references(() => persons.id),
  responsibleEmployeeId: ref('responsible_employee_id').references(() => employees.id),
  informationSourceId: ref('information_source_id').references(() => informationSources.id),
  kind: chronicleKind('kind').notNull(),
  status: chronicleStatus('status').notNull(),
  channel: contactChannel('channel'),
  direction: contactDirection('direction'),
  importance: importance('importance').notNull().default('NORMAL'),
  plannedAt: timestamp('planned_at', { withTimezone: true, mode: 'date', precision: 3 }),
  happenedAt: timestamp('happened_at', { withTimezone: true, mode: 'date', precision: 3 }),
  remindAt: timestamp('remind_at', { withTimezone: true, mode: 'date', precision: 3 }),
  durationMinutes: integer('duration_minutes'),
  subject: text('subject').notNull(),
  result: text('result'),
  /** Whether the client sees it in the partner portal: an entry about one of its claims, shared with it, or its own comment. */
  visibleToClient: boolean('visible_to_client').notNull().default(false),
  /** The claim the entry is an interaction about: every one is in the claim's chronicle. */
  claimId: ref('claim_id').references((): AnyPgColumn => claims.id),
  /**
   * The instant the entry is sorted by, newest first: when it happened, else when it is planned,
   * else when it was registered. Kept by the database so every writer agrees on it.
   */
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull()
    .generatedAlwaysAs(sql`coalesce(happened_at, planned_at, created_at)`),
  ...recordColumns(),
}, (t) => [
  // DESC as PostgreSQL orders by `desc` (nulls first): an index in another order of nulls would
  // not serve the lists' `order by occurred_at desc, id desc`, which would read a counterparty's
  // whole chronicle and sort it for every page.
  index('chronicle_entries_counterparty_occurred_idx').on(t.counterpartyId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  index('chronicle_entries_person_id_idx').on(t.personId),
  // A contact card's chronicle, paged like a counterparty's.
  index('chronicle_entries_contact_card_occurred_idx').on(t.contactCardId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.contactCardId} is not null`),
  // The call log: calls by the instant they happened.
  index('chronicle_entries_calls_idx').on(t.occurredAt).where(sql`${t.kind} = 'CALL'`),
  // A claim's chronicle, paged like a counterparty's.
  index('chronicle_entries_claim_occurred_idx').on(t.claimId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.claimId} is not null`),
  index('chronicle_entries_responsible_occurred_idx').on(t.responsibleEmployeeId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  index('chronicle_entries_occurred_idx').on(t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  uniqueIndex('chronicle_entries_external_id_key').on(t.externalId),
  check('chronicle_entries_one_owner', sql`num_nonnulls(${t.counterpartyId}, ${t.contactCardId}) = 1`),
  // A claim is a counterparty's: an entry about one is that counterparty's.
  check('chronicle_entries_claim_of_counterparty', sql`${t.claimId} is null or ${t.counterpartyId} is not null`),
]);

export type ChronicleEntryRow = typeof chronicleEntries.$inferSelect;
