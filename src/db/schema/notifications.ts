import { sql } from 'drizzle-orm';
import { bigint, index, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, ref } from './columns.js';
import { employees } from './catalogues.js';

export const notificationKind = pgEnum('notification_kind', ['REMINDER']);

/** Something an employee is told: kept until read (and after), pushed to their subscriptions, e-mailed if they want. */
export const notifications = pgTable('notifications', {
  id: id(),
  employeeId: ref('employee_id').notNull().references(() => employees.id),
  kind: notificationKind('kind').notNull(),
  /** The GraphQL type of the record it is about (`ChronicleEntry`, `Task`, …), with `subject_id` its global id. */
  subjectType: text('subject_type').notNull(),
  subjectId: bigint('subject_id', { mode: 'number' }).notNull(),
  title: text('title').notNull(),
  /** When the thing it is about is due: a contact's planned time, a task's due time. */
  dueAt: timestamp('due_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** The reminder time it was made for. */
  reminderAt: timestamp('reminder_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** The job that made it: one notification per job, employee and reminder time, whichever process ran it. */
  jobId: bigint('job_id', { mode: 'number' }),
  readAt: timestamp('read_at', { withTimezone: true, mode: 'date', precision: 3 }),
  createdAt: createdAt(),
}, (t) => [
  index('notifications_employee_idx').on(t.employeeId, t.id.desc()),
  index('notifications_employee_unread_idx').on(t.employeeId, t.id.desc()).where(sql`${t.readAt} is null`),
  uniqueIndex('notifications_once_key').on(t.jobId, t.employeeId, t.reminderAt),
]);

export type NotificationRow = typeof notifications.$inferSelect;
