import { date, index, uniqueIndex, numeric, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { id, recordColumns, ref } from './columns.js';
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

export type ObligationRow = typeof obligations.$inferSelect;
