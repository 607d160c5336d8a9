import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { apiKeys } from './auth.js';
import { employees, informationSources } from './catalogues.js';
import { id, recordColumns, ref } from './columns.js';
import { contracts } from './contracts.js';
import { counterparties } from './counterparties.js';
import { campaigns } from './campaigns.js';
import { contactCards } from './contact-cards.js';
import { orders } from './orders.js';

/**
 * The six columns of the funnel (the six-column scheme), in their order: the database compares
 * and sorts them in this order, which the funnel's "reached" counts rely on.
 */
export const dealColumn = pgEnum('deal_column', ['PROSPECT', 'INTERESTED', 'CONTACT_1', 'CONTACT_2', 'CONTACT_3', 'RESULT']);
/** The sales-cycle stage, in its order. */
export const dealStage = pgEnum('deal_stage', ['NEEDS', 'RFQ', 'OFFER', 'NEGOTIATION', 'ORDER']);
/** How a deal in RESULT ended. */
export const dealResult = pgEnum('deal_result', ['WON_CONTRACT', 'WON_PURCHASE', 'STILL_PROSPECT', 'LOST']);
/** What a row of a deal's history records. */
export const dealMoveKind = pgEnum('deal_move_kind', ['CREATED', 'COLUMN', 'STAGE', 'REOPENED']);

/** Why deals are lost: a small catalogue. */
export const lostReasons = pgTable('lost_reasons', {
  id: id(),
  name: text('name').notNull(),
  active: boolean('active').notNull().default(true),
  ...recordColumns(),
}, (t) => [uniqueIndex('lost_reasons_name_key').on(sql`lower(${t.name})`)]);

/**
 * Whose a deal is, one nullable column per kind of owner; exactly one is set. Contact cards come
 * as one more line here, which the check below takes in.
 */
const ownerColumns = {
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  contactCardId: ref('contact_card_id').references(() => contactCards.id),
};

/** A deal of the sales funnel: where it stands (column, stage, result) and what it is worth. */
export const deals = pgTable('deals', {
  id: id(),
  externalId: text('external_id'),
  ...ownerColumns,
  name: text('name').notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }),
  currency: text('currency'),
  expectedDate: date('expected_date', { mode: 'string' }),
  assignedEmployeeId: ref('assigned_employee_id').references(() => employees.id),
  informationSourceId: ref('information_source_id').references(() => informationSources.id),
  /** The marketing campaign the deal came from. */
  campaignId: ref('campaign_id').references(() => campaigns.id),
  stage: dealStage('stage').notNull().default('NEEDS'),
  column: dealColumn('funnel_column').notNull().default('PROSPECT'),
  /** Set in RESULT only. */
  result: dealResult('result'),
  /** Set with LOST only. */
  lostReasonId: ref('lost_reason_id').references(() => lostReasons.id),
  /** The contract signed; one of the counterparty's. */
  contractId: ref('contract_id').references(() => contracts.id),
  /** When it reached RESULT; null while it is open. */
  closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date', precision: 3 }),
  /** The time of its latest move (creation, column, stage, reopening): how long it has been silent. */
  lastMovedAt: timestamp('last_moved_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  /** When the responsible employee is reminded of it: a job fires then (see the reminder triggers, src/modules/notifications). */
  remindAt: timestamp('remind_at', { withTimezone: true, mode: 'date', precision: 3 }),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('deals_external_id_key').on(t.externalId),
  index('deals_counterparty_id_idx').on(t.counterpartyId, t.id).where(sql`${t.counterpartyId} is not null`),
  index('deals_contact_card_id_idx').on(t.contactCardId, t.id).where(sql`${t.contactCardId} is not null`),
  index('deals_assigned_employee_id_idx').on(t.assignedEmployeeId, t.id),
  index('deals_information_source_id_idx').on(t.informationSourceId),
  index('deals_campaign_id_idx').on(t.campaignId, t.id).where(sql`${t.campaignId} is not null`),
  index('deals_lost_reason_id_idx').on(t.lostReasonId),
  index('deals_contract_id_idx').on(t.contractId),
  index('deals_column_idx').on(t.column, t.id),
  index('deals_stage_idx').on(t.stage, t.id),
  index('deals_expected_date_idx').on(t.expectedDate, t.id),
  // The deals a reminder may be due for: the follow-up filter reads this index.
  index('deals_contact_last_moved_idx').on(t.lastMovedAt, t.id).where(sql`${t.column} in ('CONTACT_1', 'CONTACT_2', 'CONTACT_3')`),
  check('deals_one_owner', sql`num_nonnulls(${sql.join(Object.keys(ownerColumns).map((key) => t[key as keyof typeof ownerColumns]), sql`, `)}) = 1`),
  check('deals_currency_with_amount', sql`${t.amount} is null or ${t.currency} is not null`),
  check('deals_amount_not_negative', sql`${t.amount} >= 0`),
  check('deals_result_in_result_column', sql`(${t.result} is not null) = (${t.column} = 'RESULT')`),
  check('deals_lost_reason_when_lost', sql`(${t.lostReasonId} is not null) = (${t.result} is not distinct from 'LOST')`),
  check('deals_closed_in_result_column', sql`(${t.closedAt} is not null) = (${t.column} = 'RESULT')`),
]);

/** A deal's history: its creation and every move of column or stage, with its time and author. */
export const dealMoves = pgTable('deal_moves', {
  id: id(),
  dealId: ref('deal_id').notNull().references(() => deals.id),
  kind: dealMoveKind('kind').notNull(),
  /** Null for the creation. */
  fromColumn: dealColumn('from_column'),
  toColumn: dealColumn('to_column').notNull(),
  fromStage: dealStage('from_stage'),
  toStage: dealStage('to_stage').notNull(),
  /** The result it reached, for a move to RESULT. */
  result: dealResult('result'),
  lostReasonId: ref('lost_reason_id').references(() => lostReasons.id),
  /** A comment, or why it was reopened. */
  note: text('note'),
  at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  movedByApiKeyId: ref('moved_by_api_key_id').references(() => apiKeys.id),
  movedByEmployeeId: ref('moved_by_employee_id').references(() => employees.id),
}, (t) => [
  index('deal_moves_deal_at_idx').on(t.dealId, t.at, t.id),
  index('deal_moves_at_idx').on(t.at),
  index('deal_moves_lost_reason_id_idx').on(t.lostReasonId),
  index('deal_moves_moved_by_employee_id_idx').on(t.movedByEmployeeId),
  check('deal_moves_result_in_result_column', sql`(${t.result} is not null) = (${t.toColumn} = 'RESULT')`),
  check('deal_moves_lost_reason_when_lost', sql`(${t.lostReasonId} is not null) = (${t.result} is not distinct from 'LOST')`),
  check('deal_moves_created_from_nothing', sql`(${t.kind} = 'CREATED') = (${t.fromColumn} is null) and (${t.fromColumn} is null) = (${t.fromStage} is null)`),
]);

/** The orders a deal brought; an order belongs to at most one deal, of the same counterparty (checked by the service). */
export const dealOrders = pgTable('deal_orders', {
  id: id(),
  dealId: ref('deal_id').notNull().references(() => deals.id),
  orderId: ref('order_id').notNull().references(() => orders.id),
  linkedAt: timestamp('linked_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('deal_orders_order_id_key').on(t.orderId),
  index('deal_orders_deal_id_idx').on(t.dealId, t.id),
]);

export type LostReasonRow = typeof lostReasons.$inferSelect;
export type DealRow = typeof deals.$inferSelect;
export type DealMoveRow = typeof dealMoves.$inferSelect;
export type DealOrderRow = typeof dealOrders.$inferSelect;
