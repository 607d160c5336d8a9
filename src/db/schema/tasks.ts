import { sql } from 'drizzle-orm';
import { check, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { appeals } from './appeals.js';
import { employees } from './catalogues.js';
import { claims } from './claims.js';
import { id, recordColumns, ref } from './columns.js';
import { contactCards } from './contact-cards.js';
import { counterparties, importance } from './counterparties.js';
import { deals } from './deals.js';

/** Where a task is: still to do, done, or cancelled. */
export const taskStatus = pgEnum('task_status', ['OPEN', 'DONE', 'CANCELLED']);

/**
 * A planned action (a satisfaction survey, a price list to send, an invitation) with a due time,
 * assigned to employees in `task_assignees`. It may concern a counterparty, a claim, an appeal, a
 * deal or a contact card, or nothing at all.
 */
export const tasks = pgTable('tasks', {
  id: id(),
  externalId: text('external_id'),
  title: text('title').notNull(),
  description: text('description'),
  importance: importance('importance').notNull().default('NORMAL'),
  dueAt: timestamp('due_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
  /** When the assignees are to be reminded; only an open task has one. */
  remindAt: timestamp('remind_at', { withTimezone: true, mode: 'date', precision: 3 }),
  status: taskStatus('status').notNull().default('OPEN'),
  /** When it was done or cancelled; null while open. */
  closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date', precision: 3 }),
  result: text('result'),
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  claimId: ref('claim_id').references(() => claims.id),
  appealId: ref('appeal_id').references(() => appeals.id),
  dealId: ref('deal_id').references(() => deals.id),
  contactCardId: ref('contact_card_id').references(() => contactCards.id),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('tasks_external_id_key').on(t.externalId),
  index('tasks_due_idx').on(t.dueAt, t.id),
  index('tasks_counterparty_due_idx').on(t.counterpartyId, t.dueAt, t.id).where(sql`${t.counterpartyId} is not null`),
  index('tasks_claim_due_idx').on(t.claimId, t.dueAt, t.id).where(sql`${t.claimId} is not null`),
  index('tasks_appeal_id_idx').on(t.appealId).where(sql`${t.appealId} is not null`),
  index('tasks_deal_id_idx').on(t.dealId).where(sql`${t.dealId} is not null`),
  index('tasks_contact_card_id_idx').on(t.contactCardId).where(sql`${t.contactCardId} is not null`),
  // Reminders still to send, by time: what a notifier reads.
  index('tasks_remind_at_idx').on(t.remindAt).where(sql`${t.remindAt} is not null`),
  check('tasks_closed_when_closed', sql`(${t.closedAt} is null) = (${t.status} = 'OPEN')`),
  check('tasks_reminder_only_when_open', sql`${t.remindAt} is null or ${t.status} = 'OPEN'`),
]);

/** Who a task is assigned to: any number of employees. */
export const taskAssignees = pgTable('task_assignees', {
  taskId: ref('task_id').notNull().references(() => tasks.id, { onDelete: 'cascade' }),
  employeeId: ref('employee_id').notNull().references(() => employees.id),
}, (t) => [
  primaryKey({ columns: [t.taskId, t.employeeId], name: 'task_assignees_pkey' }),
  index('task_assignees_employee_id_idx').on(t.employeeId, t.taskId),
]);

export type TaskRow = typeof tasks.$inferSelect;
export type TaskAssigneeRow = typeof taskAssignees.$inferSelect;
