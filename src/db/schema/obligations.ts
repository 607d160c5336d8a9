import { sql } from 'drizzle-orm';
import { check, date, index, uniqueIndex, numeric, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, recordColumns, ref } from './columns.js';
import { payments, shipments } from './orders.js';
import { counterparties } from './counterparties.js';
import { contracts } from './contracts.js';

export const obligationKind = pgEnum('obligation_kind', ['DELIVERY', 'PAYMENT', 'SERVICE', 'DOCUMENT', 'OTHER']);
/** OURS: the company owes the counterparty; THEIRS: the counterparty owes the company. */
export const obligationDebtor = pgEnum('obligation_debtor', ['OURS', 'THEIRS']);
export const obligationStatus = pgEnum('obligation_status', ['OPEN', 'PARTIALLY_FULFILLED', 'FULFILLED', 'CANCELLED']);

export const obligations = pgTable('obligations', {
  id: id(),
  externalId: text('external_id'),
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  kind: obligationKind('kind').notNull(),
  debtor: obligationDebtor('debtor').notNull(),
  description: text('description').notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }),
  currency: text('currency'),
  /** Kept equal to the sum of its fulfilments by every write of them, in the same transaction. */
  fulfilledAmount: numeric('fulfilled_amount', { precision: 18, scale: 2 }).notNull().default('0'),
  dueDate: date('due_date', { mode: 'string' }),
  status: obligationStatus('status').notNull().default('OPEN'),
  /** The contract whose posting generated the obligation; null for one registered by hand. */
  contractId: ref('contract_id').references(() => contracts.id),
  ...recordColumns(),
}, (t) => [
  index('obligations_counterparty_status_due_idx').on(t.counterpartyId, t.status, t.dueDate, t.id),
  uniqueIndex('obligations_external_id_key').on(t.externalId),
  index('obligations_contract_id_idx').on(t.contractId),
]);

/**
 * The chronicle of an obligation's fulfilment: one dated entry per part fulfilled. A shipment of
 * an order under a contract fulfils the contract's DELIVERY or SERVICE obligations, a payment its
 * PAYMENT obligations, oldest due first, in the transaction that registers them; an entry without
 * either was recorded by hand (`recordObligationFulfilment`).
 */
export const obligationFulfilments = pgTable('obligation_fulfilments', {
  id: id(),
  obligationId: ref('obligation_id').notNull().references(() => obligations.id),
  shipmentId: ref('shipment_id').references(() => shipments.id),
  paymentId: ref('payment_id').references(() => payments.id),
  /** The business day it happened: the shipment's or payment's date. */
  date: date('date', { mode: 'string' }).notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
  createdAt: createdAt(),
}, (t) => [
  index('obligation_fulfilments_obligation_date_idx').on(t.obligationId, t.date, t.id),
  index('obligation_fulfilments_shipment_id_idx').on(t.shipmentId),
  index('obligation_fulfilments_payment_id_idx').on(t.paymentId),
  check('obligation_fulfilments_amount_positive', sql`${t.amount} > 0`),
  check('obligation_fulfilments_one_source', sql`${t.shipmentId} is null or ${t.paymentId} is null`),
]);

export type ObligationRow = typeof obligations.$inferSelect;
export type ObligationFulfilmentRow = typeof obligationFulfilments.$inferSelect;
