import { sql } from 'drizzle-orm';
import {
  check, date, index, integer, numeric, pgEnum, pgTable, text, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, recordColumns, ref } from './columns.js';
import { counterparties } from './counterparties.js';
import { agreements } from './agreements.js';
import { contracts } from './contracts.js';
import { products } from './products.js';

/** DRAFT orders can change; posting checks them against the agreement's terms and makes them POSTED. */
export const orderStatus = pgEnum('order_status', ['DRAFT', 'POSTED', 'CANCELLED']);

/**
 * A sales order. `shipped_amount` and `paid_amount` only grow, each by one conditional UPDATE that
 * also checks the limit, so concurrent shipments and payments can never pass the total.
 */
export const orders = pgTable('orders', {
  id: id(),
  externalId: text('external_id'),
  number: text('number').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  /** Null for an order under no agreement: its terms are checked only when it names one. */
  agreementId: ref('agreement_id').references(() => agreements.id),
  contractId: ref('contract_id').references(() => contracts.id),
  status: orderStatus('status').notNull().default('DRAFT'),
  currency: text('currency').notNull(),
  /** Kept equal to the sum of the lines' amounts by every write of the lines. */
  total: numeric('total', { precision: 18, scale: 2 }).notNull().default('0'),
  expectedShipmentDate: date('expected_shipment_date', { mode: 'string' }),
  expectedPaymentDate: date('expected_payment_date', { mode: 'string' }),
  /** Fixed at posting: the total's share of the schedule's prepayment stages. */
  prepaymentRequired: numeric('prepayment_required', { precision: 18, scale: 2 }).notNull().default('0'),
  shippedAmount: numeric('shipped_amount', { precision: 18, scale: 2 }).notNull().default('0'),
  paidAmount: numeric('paid_amount', { precision: 18, scale: 2 }).notNull().default('0'),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('orders_external_id_key').on(t.externalId),
  uniqueIndex('orders_number_key').on(t.number),
  index('orders_counterparty_date_id_idx').on(t.counterpartyId, t.date, t.id),
  index('orders_date_id_idx').on(t.date, t.id),
  index('orders_agreement_id_idx').on(t.agreementId),
  index('orders_contract_id_idx').on(t.contractId),
  check('orders_shipped_within_total', sql`${t.shippedAmount} <= ${t.total}`),
  check('orders_paid_within_total', sql`${t.paidAmount} <= ${t.total}`),
]);

/** amount = round(quantity × price × (1 − discount/100), 2), half-up. */
export const orderLines = pgTable('order_lines', {
  id: id(),
  orderId: ref('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  lineNo: integer('line_no').notNull(),
  productId: ref('product_id').notNull().references(() => products.id),
  quantity: numeric('quantity', { precision: 18, scale: 3 }).notNull(),
  price: numeric('price', { precision: 18, scale: 2 }).notNull(),
  discountPercent: numeric('discount_percent', { precision: 5, scale: 2 }).notNull().default('0'),
  amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
  shippedQuantity: numeric('shipped_quantity', { precision: 18, scale: 3 }).notNull().default('0'),
}, (t) => [
  uniqueIndex('order_lines_order_line_no_key').on(t.orderId, t.lineNo),
  index('order_lines_product_id_idx').on(t.productId),
  check('order_lines_quantity_positive', sql`${t.quantity} > 0`),
  check('order_lines_price_not_negative', sql`${t.price} >= 0`),
  check('order_lines_shipped_within_quantity', sql`${t.shippedQuantity} <= ${t.quantity}`),
]);

export const shipments = pgTable('shipments', {
  id: id(),
  orderId: ref('order_id').notNull().references(() => orders.id),
  date: date('date', { mode: 'string' }).notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
  createdAt: createdAt(),
}, (t) => [index('shipments_order_id_idx').on(t.orderId)]);

export const shipmentLines = pgTable('shipment_lines', {
  id: id(),
  shipmentId: ref('shipment_id').notNull().references(() => shipments.id, { onDelete: 'cascade' }),
  orderLineId: ref('order_line_id').notNull().references(() => orderLines.id),
  quantity: numeric('quantity', { precision: 18, scale: 3 }).notNull(),
}, (t) => [
  index('shipment_lines_shipment_id_idx').on(t.shipmentId),
  index('shipment_lines_order_line_id_idx').on(t.orderLineId),
  check('shipment_lines_quantity_positive', sql`${t.quantity} > 0`),
]);

export const payments = pgTable('payments', {
  id: id(),
  orderId: ref('order_id').notNull().references(() => orders.id),
  date: date('date', { mode: 'string' }).notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
  createdAt: createdAt(),
}, (t) => [
  index('payments_order_id_idx').on(t.orderId),
  check('payments_amount_positive', sql`${t.amount} > 0`),
]);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type ShipmentRow = typeof shipments.$inferSelect;
export type ShipmentLineRow = typeof shipmentLines.$inferSelect;
export type PaymentRow = typeof payments.$inferSelect;
