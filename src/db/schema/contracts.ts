import { sql } from 'drizzle-orm';
import {
  check, date, index, integer, numeric, pgEnum, pgTable, text, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { id, recordColumns, ref } from './columns.js';
import { counterparties } from './counterparties.js';
import { agreements } from './agreements.js';
import { products } from './products.js';

/** DRAFT contracts can change; posting makes them ACTIVE and generates their obligations. */
export const contractStatus = pgEnum('contract_status', ['DRAFT', 'ACTIVE', 'CLOSED', 'CANCELLED']);

/** A text with `{{placeholders}}` a contract's printable text is rendered from. */
export const contractTemplates = pgTable('contract_templates', {
  id: id(),
  name: text('name').notNull(),
  body: text('body').notNull(),
  ...recordColumns(),
}, (t) => [uniqueIndex('contract_templates_name_key').on(t.name)]);

export const contracts = pgTable('contracts', {
  id: id(),
  externalId: text('external_id'),
  number: text('number').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  agreementId: ref('agreement_id').references(() => agreements.id),
  templateId: ref('template_id').references(() => contractTemplates.id),
  subject: text('subject'),
  validFrom: date('valid_from', { mode: 'string' }),
  validTo: date('valid_to', { mode: 'string' }),
  status: contractStatus('status').notNull().default('DRAFT'),
  currency: text('currency').notNull(),
  /** Kept equal to the sum of the lines' amounts by every write of the lines. */
  total: numeric('total', { precision: 18, scale: 2 }).notNull().default('0'),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('contracts_external_id_key').on(t.externalId),
  uniqueIndex('contracts_counterparty_number_key').on(t.counterpartyId, t.number),
  index('contracts_agreement_id_idx').on(t.agreementId),
  index('contracts_template_id_idx').on(t.templateId),
  index('contracts_date_id_idx').on(t.date, t.id),
]);

/** A line of a contract's specification: amount = round(quantity × unit price, 2), half-up. */
export const contractLines = pgTable('contract_lines', {
  id: id(),
  contractId: ref('contract_id').notNull().references(() => contracts.id, { onDelete: 'cascade' }),
  lineNo: integer('line_no').notNull(),
  productId: ref('product_id').notNull().references(() => products.id),
  quantity: numeric('quantity', { precision: 18, scale: 3 }).notNull(),
  unitPrice: numeric('unit_price', { precision: 18, scale: 2 }).notNull(),
  amount: numeric('amount', { precision: 18, scale: 2 }).notNull(),
}, (t) => [
  uniqueIndex('contract_lines_contract_line_no_key').on(t.contractId, t.lineNo),
  index('contract_lines_product_id_idx').on(t.productId),
  check('contract_lines_quantity_positive', sql`${t.quantity} > 0`),
  check('contract_lines_unit_price_not_negative', sql`${t.unitPrice} >= 0`),
]);

export type ContractTemplateRow = typeof contractTemplates.$inferSelect;
export type ContractRow = typeof contracts.$inferSelect;
export type ContractLineRow = typeof contractLines.$inferSelect;
