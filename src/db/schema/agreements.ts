import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, text, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { id, recordColumns, ref } from './columns.js';
import { counterparties } from './counterparties.js';
import { priceTypes, productGroups } from './products.js';

/** TYPICAL agreements hold a segment's standard terms; INDIVIDUAL ones a counterparty's, made from a typical one. */
export const agreementKind = pgEnum('agreement_kind', ['TYPICAL', 'INDIVIDUAL']);
export const agreementStatus = pgEnum('agreement_status', ['DRAFT', 'ACTIVE', 'CLOSED']);
export const paymentMethod = pgEnum('payment_method', ['BANK_TRANSFER', 'CASH', 'CARD', 'OFFSET']);

/**
 * One stage of a payment schedule: `percent` of the amount, due `days` after the `basis` event.
 * A prepayment stage must be paid before anything ships.
 */
export interface PaymentStage {
  percent: string;
  basis: 'ORDER' | 'SHIPMENT';
  days: number;
  prepayment: boolean;
}

/**
 * Terms of sale. On an INDIVIDUAL agreement a null term is inherited from its typical agreement
 * (`base_agreement_id`); a value overrides it. On a TYPICAL agreement null means "no such term".
 */
export const agreements = pgTable('agreements', {
  id: id(),
  externalId: text('external_id'),
  name: text('name').notNull(),
  kind: agreementKind('kind').notNull(),
  status: agreementStatus('status').notNull().default('DRAFT'),
  /** The market segment a TYPICAL agreement is for (wholesale buyers, dealers, ...). */
  segment: text('segment'),
  counterpartyId: ref('counterparty_id').references(() => counterparties.id),
  baseAgreementId: ref('base_agreement_id').references((): AnyPgColumn => agreements.id),
  paymentSchedule: jsonb('payment_schedule').$type<PaymentStage[]>(),
  paymentMethod: paymentMethod('payment_method'),
  priceTypeId: ref('price_type_id').references(() => priceTypes.id),
  currency: text('currency'),
  deliveryDays: integer('delivery_days'),
  /** Discount in percent off the price type's prices; negative is a markup. */
  discountPercent: numeric('discount_percent', { precision: 5, scale: 2 }),
  validFrom: date('valid_from', { mode: 'string' }),
  validTo: date('valid_to', { mode: 'string' }),
  contractsRequired: boolean('contracts_required'),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('agreements_external_id_key').on(t.externalId),
  index('agreements_counterparty_id_idx').on(t.counterpartyId),
  index('agreements_base_agreement_id_idx').on(t.baseAgreementId),
  index('agreements_segment_idx').on(t.segment),
  check('agreements_kind_shape', sql`(${t.kind} = 'TYPICAL' and ${t.counterpartyId} is null and ${t.baseAgreementId} is null)
    or (${t.kind} = 'INDIVIDUAL' and ${t.counterpartyId} is not null and ${t.baseAgreementId} is not null)`),
]);

/** Discount (or, negative, markup) for one product group; an individual agreement's row overrides its base's. */
export const agreementGroupDiscounts = pgTable('agreement_group_discounts', {
  agreementId: ref('agreement_id').notNull().references(() => agreements.id, { onDelete: 'cascade' }),
  productGroupId: ref('product_group_id').notNull().references(() => productGroups.id),
  discountPercent: numeric('discount_percent', { precision: 5, scale: 2 }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.agreementId, t.productGroupId] }),
  index('agreement_group_discounts_group_idx').on(t.productGroupId),
]);

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementGroupDiscountRow = typeof agreementGroupDiscounts.$inferSelect;
