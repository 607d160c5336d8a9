import { sql } from 'drizzle-orm';
import {
  check, index, numeric, pgEnum, pgSequence, pgTable, text, timestamp, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { folderTable, id, recordColumns, ref, registeredVia } from './columns.js';
import { departments, employees } from './catalogues.js';
import { contracts } from './contracts.js';
import { counterparties } from './counterparties.js';
import { orders } from './orders.js';
import { persons } from './persons.js';
import { products } from './products.js';

/** Where a claim is: open (REGISTERED, INVESTIGATING) or closed with its outcome. */
export const claimStatus = pgEnum('claim_status', ['REGISTERED', 'INVESTIGATING', 'SATISFIED', 'PARTLY_SATISFIED', 'REJECTED', 'WITHDRAWN']);

/** Claim numbers, C-000001 on: given by the database, so concurrent registrations never share one. */
export const claimNumbers = pgSequence('claim_numbers');

/** The catalogue of claim causes, a folder tree. */
export const claimCauses = folderTable('claim_causes');

/** A claim (complaint) of a counterparty, whatever its role, worked off to an outcome. */
export const claims = pgTable('claims', {
  id: id(),
  externalId: text('external_id'),
  number: text('number').notNull().default(sql`'C-' || lpad(nextval('claim_numbers')::text, 6, '0')`),
  counterpartyId: ref('counterparty_id').notNull().references(() => counterparties.id),
  /** The person of the counterparty who made it. */
  personId: ref('person_id').references(() => persons.id),
  essence: text('essence').notNull(),
  /** What the counterparty demands. */
  demand: text('demand'),
  amountClaimed: numeric('amount_claimed', { precision: 18, scale: 2 }),
  /** The currency of both amounts; set whenever an amount is. */
  currency: text('currency'),
  departmentAtFaultId: ref('department_at_fault_id').references(() => departments.id),
  employeeAtFaultId: ref('employee_at_fault_id').references(() => employees.id),
  causeId: ref('cause_id').references(() => claimCauses.id),
  orderId: ref('order_id').references(() => orders.id),
  contractId: ref('contract_id').references(() => contracts.id),
  productId: ref('product_id').references(() => products.id),
  /** The employee who works it off. */
  responsibleEmployeeId: ref('responsible_employee_id').references(() => employees.id),
  registeredAt: timestamp('registered_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  dueAt: timestamp('due_at', { withTimezone: true, mode: 'date', precision: 3 }),
  status: claimStatus('status').notNull().default('REGISTERED'),
  result: text('result'),
  amountGranted: numeric('amount_granted', { precision: 18, scale: 2 }),
  /** When it was last closed; null while it is open. */
  closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date', precision: 3 }),
  registeredVia: registeredVia('registered_via').notNull().default('STAFF'),
  ...recordColumns(),
}, (t) => [
  uniqueIndex('claims_external_id_key').on(t.externalId),
  uniqueIndex('claims_number_key').on(t.number),
  index('claims_counterparty_id_idx').on(t.counterpartyId, t.id),
  index('claims_department_at_fault_id_idx').on(t.departmentAtFaultId, t.id),
  index('claims_employee_at_fault_id_idx').on(t.employeeAtFaultId, t.id),
  index('claims_responsible_employee_id_idx').on(t.responsibleEmployeeId, t.id),
  index('claims_cause_id_idx').on(t.causeId, t.id),
  index('claims_status_idx').on(t.status, t.id),
  index('claims_registered_at_idx').on(t.registeredAt, t.id),
  index('claims_closed_at_idx').on(t.closedAt),
  index('claims_person_id_idx').on(t.personId),
  index('claims_order_id_idx').on(t.orderId),
  index('claims_contract_id_idx').on(t.contractId),
  index('claims_product_id_idx').on(t.productId),
  // The open claims by due time: the overdue list reads this index.
  index('claims_open_due_idx').on(t.dueAt, t.id).where(sql`${t.status} in ('REGISTERED', 'INVESTIGATING')`),
  check('claims_closed_when_closed', sql`(${t.closedAt} is null) = (${t.status} in ('REGISTERED', 'INVESTIGATING'))`),
  check('claims_closed_after_registered', sql`${t.closedAt} >= ${t.registeredAt}`),
  check('claims_amounts_not_negative', sql`${t.amountClaimed} >= 0 and ${t.amountGranted} >= 0`),
  check('claims_currency_with_amount', sql`${t.currency} is not null or (${t.amountClaimed} is null and ${t.amountGranted} is null)`),
]);

export type ClaimCauseRow = typeof claimCauses.$inferSelect;
export type ClaimRow = typeof claims.$inferSelect;
