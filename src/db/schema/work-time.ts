import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, recordColumns, ref } from './columns.js';
import { employees } from './catalogues.js';
import { counterparties } from './counterparties.js';
import { serviceVisits } from './service-cards.js';
import { appealActions } from './appeals.js';

/** Time an employee spent on a day, and on what: a counterparty, a service visit, an appeal. */
export const timeEntries = pgTable('time_entries', {
  id: id(),
  employeeId: ref('employee_id').notNull().references(() => employees.id),
  /** The day the work was done, in the employee's time zone. */
  date: date('date', { mode: 'string' }).notNull(),
  minutes: integer('minutes').notNull(),
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  serviceVisitId: ref('service_visit_id').references(() => serviceVisits.id),
  appealActionId: ref('appeal_action_id').references(() => appealActions.id),
  comment: text('comment'),
  ...recordColumns(),
}, (t) => [
  index('time_entries_employee_date_idx').on(t.employeeId, t.date, t.id),
  index('time_entries_counterparty_date_idx').on(t.counterpartyId, t.date),
  index('time_entries_date_idx').on(t.date, t.id),
  // A visit done writes one entry: the visit's own.
  uniqueIndex('time_entries_service_visit_key').on(t.serviceVisitId),
  uniqueIndex('time_entries_appeal_action_key').on(t.appealActionId),
  check('time_entries_minutes_range', sql`${t.minutes} between 1 and 1440`),
]);

export type TimeEntryRow = typeof timeEntries.$inferSelect;
