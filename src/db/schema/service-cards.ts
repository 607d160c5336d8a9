import { sql } from 'drizzle-orm';
import {
  check, date, index, integer, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { folderTable, id, recordColumns, ref } from './columns.js';
import { employees } from './catalogues.js';
import { chronicleEntries } from './chronicle.js';
import { contracts } from './contracts.js';
import { counterparties, counterpartyObjects } from './counterparties.js';

export const servicePeriodicity = pgEnum('service_periodicity', [
  'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'EVERY_N_DAYS', 'EVERY_N_WEEKS', 'EVERY_N_MONTHS',
]);
export const serviceCardStatus = pgEnum('service_card_status', ['ACTIVE', 'SUSPENDED', 'CLOSED']);
export const serviceVisitStatus = pgEnum('service_visit_status', ['PLANNED', 'DONE', 'MISSED', 'CANCELLED']);
/** Whether a visit was planned by `generateServiceSchedule` or added by hand. */
export const serviceVisitOrigin = pgEnum('service_visit_origin', ['GENERATED', 'MANUAL']);

/** A folder of the service journal. */
export const serviceCardGroups = folderTable('service_card_groups');

/** Paid periodic service of a client's object under a contract, and the rules its visits are planned by. */
export const serviceCards = pgTable('service_cards', {
  id: id(),
  externalId: text('external_id'),
  number: text('number').notNull(),
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  objectId: ref('object_id').references(() => counterpartyObjects.id),
  contractId: ref('contract_id').references(() => contracts.id),
  groupId: ref('group_id').references(() => serviceCardGroups.id),
  engineerId: ref('engineer_id').references(() => employees.id),
  periodStart: date('period_start', { mode: 'string' }),
  periodEnd: date('period_end', { mode: 'string' }),
  periodicity: servicePeriodicity('periodicity').notNull().default('MONTHLY'),
  /** N of the EVERY_N_* periodicities. */
  interval: integer('interval'),
  /** ISO weekdays the client works, 1 = Monday … 7 = Sunday. */
  workingWeekdays: smallint('working_weekdays').array().notNull().default(sql`'{1,2,3,4,5}'`),
  /** The client's days off on working weekdays. */
  holidays: date('holidays', { mode: 'string' }).array().notNull().default(sql`'{}'`),
  plannedContacts: integer('planned_contacts'),
  status: serviceCardStatus('status').notNull().default('ACTIVE'),
  notes: text('notes'),
  archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date', precision: 3 }),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('service_cards_external_id_key').on(t.externalId),
  uniqueIndex('service_cards_number_key').on(t.number),
  index('service_cards_counterparty_id_idx').on(t.counterpartyId, t.id),
  index('service_cards_contract_id_idx').on(t.contractId),
  index('service_cards_object_id_idx').on(t.objectId),
  index('service_cards_group_id_idx').on(t.groupId),
  index('service_cards_engineer_id_idx').on(t.engineerId),
  check('service_cards_period_in_order', sql`${t.periodEnd} >= ${t.periodStart}`),
  check('service_cards_interval_range', sql`${t.interval} between 1 and 366`),
  check('service_cards_planned_contacts_positive', sql`${t.plannedContacts} >= 1`),
]);

/** A visit of a card's schedule, planned for a date and then done, missed or cancelled. */
export const serviceVisits = pgTable('service_visits', {
  id: id(),
  cardId: ref('card_id').notNull().references(() => serviceCards.id),
  plannedDate: date('planned_date', { mode: 'string' }).notNull(),
  engineerId: ref('engineer_id').references(() => employees.id),
  status: serviceVisitStatus('status').notNull().default('PLANNED'),
  origin: serviceVisitOrigin('origin').notNull(),
  doneAt: timestamp('done_at', { withTimezone: true, mode: 'date', precision: 3 }),
  durationMinutes: integer('duration_minutes'),
  result: text('result'),
  /** The counterparty's chronicle entry a done visit wrote. */
  chronicleEntryId: ref('chronicle_entry_id').references(() => chronicleEntries.id),
  /** When the responsible employee is reminded of it: a job fires then (see the reminder triggers, src/modules/notifications). */
  remindAt: timestamp('remind_at', { withTimezone: true, mode: 'date', precision: 3 }),
  ...recordColumns(),
}, (t) => [
  // Never two visits of one card on one day, except cancelled ones.
  uniqueIndex('service_visits_card_date_key').on(t.cardId, t.plannedDate).where(sql`${t.status} <> 'CANCELLED'`),
  index('service_visits_card_planned_idx').on(t.cardId, t.plannedDate, t.id),
  index('service_visits_engineer_planned_idx').on(t.engineerId, t.plannedDate),
  index('service_visits_chronicle_entry_id_idx').on(t.chronicleEntryId),
  check('service_visits_duration_range', sql`${t.durationMinutes} between 0 and 100000`),
]);

export type ServiceCardGroupRow = typeof serviceCardGroups.$inferSelect;
export type ServiceCardRow = typeof serviceCards.$inferSelect;
export type ServiceVisitRow = typeof serviceVisits.$inferSelect;
