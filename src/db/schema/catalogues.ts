import { boolean, index, pgTable, text, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { id, recordColumns, ref } from './columns.js';

export const departments = pgTable('departments', {
  id: id(),
  name: text('name').notNull(),
  parentId: ref('parent_id').references((): AnyPgColumn => departments.id),
  ...recordColumns(),
}, (t) => [uniqueIndex('departments_name_key').on(t.name)]);

export const employees = pgTable('employees', {
  id: id(),
  fullName: text('full_name').notNull(),
  email: text('email').notNull(),
  phone: text('phone'),
  position: text('position'),
  departmentId: ref('department_id').references(() => departments.id),
  timeZone: text('time_zone').notNull().default('UTC'),
  /** Whether the employee's notifications (reminders) are also e-mailed to `email`. */
  emailNotifications: boolean('email_notifications').notNull().default(false),
  active: boolean('active').notNull().default(true),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('employees_email_key').on(t.email),
  index('employees_department_id_idx').on(t.departmentId),
]);

/** Where a counterparty or a contact learned about the company: an advert, a fair, a referral. */
export const informationSources = pgTable('information_sources', {
  id: id(),
  name: text('name').notNull(),
  description: text('description'),
  active: boolean('active').notNull().default(true),
  ...recordColumns(),
}, (t) => [uniqueIndex('information_sources_name_key').on(t.name)]);

export type DepartmentRow = typeof departments.$inferSelect;
export type EmployeeRow = typeof employees.$inferSelect;
export type InformationSourceRow = typeof informationSources.$inferSelect;
