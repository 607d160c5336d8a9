import { sql } from 'drizzle-orm';
import {
  boolean, check, index, integer, pgEnum, pgSequence, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { folderTable, id, recordColumns, ref, registeredVia } from './columns.js';
import { departments, employees } from './catalogues.js';
import { contactChannel } from './chronicle.js';
import { counterparties, importance } from './counterparties.js';
import { persons } from './persons.js';
import { products } from './products.js';

export const appealStatus = pgEnum('appeal_status', ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CLIENT', 'RESOLVED', 'CLOSED', 'REJECTED']);
/** What an action on an appeal was: the registration, work done, a handover, a change of status. */
export const appealActionKind = pgEnum('appeal_action_kind', ['REGISTERED', 'WORK', 'ASSIGNED', 'STATUS_CHANGED', 'COMMENT']);


/** Appeal numbers, A-000001 on: given by the database, so concurrent registrations never share one. */
export const appealNumbers = pgSequence('appeal_numbers');

/** A folder of appeal types. */
export const appealTypes = folderTable('appeal_types');

/** A frequent question and its answer, which appeals are resolved by. */
export const knowledgeArticles = pgTable('knowledge_articles', {
  id: id(),
  question: text('question').notNull(),
  answer: text('answer').notNull(),
  tags: text('tags').array().notNull().default(sql`'{}'`),
  productId: ref('product_id').references(() => products.id),
  appealTypeId: ref('appeal_type_id').references(() => appealTypes.id),
  /** Question and answer, lower-case: matched by words (full text) and by fragments (trigrams). */
  searchText: text('search_text').notNull().generatedAlwaysAs(sql`lower(question || ' ' || answer)`),
  ...recordColumns(),
}, (t) => [
  // The `simple` configuration stems no language, so Ukrainian and Russian words match as written.
  index('knowledge_articles_search_words_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
  index('knowledge_articles_search_text_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  index('knowledge_articles_tags_idx').using('gin', t.tags),
  index('knowledge_articles_product_id_idx').on(t.productId),
  index('knowledge_articles_appeal_type_id_idx').on(t.appealTypeId),
]);

/** A client's appeal, registered fast and then worked off. */
export const appeals = pgTable('appeals', {
  id: id(),
  externalId: text('external_id'),
  number: text('number').notNull().default(sql`'A-' || lpad(nextval('appeal_numbers')::text, 6, '0')`),
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  callerName: text('caller_name'),
  callerPhone: text('caller_phone'),
  channel: contactChannel('channel').notNull(),
  subject: text('subject').notNull(),
  text: text('text'),
  importance: importance('importance').notNull().default('NORMAL'),
  typeId: ref('type_id').references(() => appealTypes.id),
  departmentId: ref('department_id').references(() => departments.id),
  responsibleEmployeeId: ref('responsible_employee_id').references(() => employees.id),
  dueAt: timestamp('due_at', { withTimezone: true, mode: 'date', precision: 3 }),
  status: appealStatus('status').notNull().default('NEW'),
  resolution: text('resolution'),
  /** The knowledge-base article that resolved it. */
  articleId: ref('article_id').references((): AnyPgColumn => knowledgeArticles.id),
  resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** When the responsible employee is reminded of it: a job fires then (see the reminder triggers, src/modules/notifications). */
  remindAt: timestamp('remind_at', { withTimezone: true, mode: 'date', precision: 3 }),
  registeredVia: registeredVia('registered_via').notNull().default('STAFF'),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('appeals_external_id_key').on(t.externalId),
  uniqueIndex('appeals_number_key').on(t.number),
  index('appeals_counterparty_id_idx').on(t.counterpartyId, t.id),
  index('appeals_responsible_employee_id_idx').on(t.responsibleEmployeeId, t.id),
  index('appeals_department_id_idx').on(t.departmentId, t.id),
  index('appeals_type_id_idx').on(t.typeId),
  // The open appeals by due time: the overdue list reads this index.
  index('appeals_open_due_idx').on(t.dueAt, t.id).where(sql`${t.status} in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CLIENT')`),
]);

/** One thing done about an appeal: by whom, when, how long, to whom it was handed, which status it moved to. */
export const appealActions = pgTable('appeal_actions', {
  id: id(),
  appealId: ref('appeal_id').notNull().references(() => appeals.id),
  kind: appealActionKind('kind').notNull(),
  employeeId: ref('employee_id').references(() => employees.id),
  happenedAt: timestamp('happened_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  minutes: integer('minutes'),
  description: text('description'),
  fromStatus: appealStatus('from_status'),
  toStatus: appealStatus('to_status'),
  assignedEmployeeId: ref('assigned_employee_id').references(() => employees.id),
  assignedDepartmentId: ref('assigned_department_id').references(() => departments.id),
  /** Whether the client sees it in the partner portal: status changes and what staff choose to share. */
  visibleToClient: boolean('visible_to_client').notNull().default(false),
  /** The client's person who wrote it, for a comment made in the partner portal. */
  personId: ref('person_id').references(() => persons.id),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
}, (t) => [
  index('appeal_actions_appeal_happened_idx').on(t.appealId, t.happenedAt, t.id),
  check('appeal_actions_minutes_range', sql`${t.minutes} between 1 and 1440`),
]);

export type AppealTypeRow = typeof appealTypes.$inferSelect;
export type AppealRow = typeof appeals.$inferSelect;
export type AppealActionRow = typeof appealActions.$inferSelect;
export type KnowledgeArticleRow = typeof knowledgeArticles.$inferSelect;
