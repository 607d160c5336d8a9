import type { ObligationRow } from '../../db/schema/index.js';

/** Statuses in which something is still owed. */
export const OPEN_STATUSES = ['OPEN', 'PARTIALLY_FULFILLED'] as const satisfies readonly ObligationRow['status'][];

/** Past its due date and still owed. */
export function isOverdue(row: Pick<ObligationRow, 'dueDate' | 'status'>, on: string): boolean {
  return row.dueDate !== null && row.dueDate < on && (OPEN_STATUSES as readonly string[]).includes(row.status);
}

/** The status that follows from the amounts of an obligation that is not cancelled. */
export function statusFor(amount: bigint | null, fulfilled: bigint): ObligationRow['status'] {
  if (fulfilled === 0n) return 'OPEN';
  return amount !== null && fulfilled >= amount ? 'FULFILLED' : 'PARTIALLY_FULFILLED';
}

/** What fulfilled part of an obligation: the shipment or payment of an entry, or else a hand. */
export function fulfilmentSource(entry: { shipmentId: number | null; paymentId: number | null }): 'SHIPMENT' | 'PAYMENT' | 'MANUAL' {
  if (entry.shipmentId !== null) return 'SHIPMENT';
  return entry.paymentId !== null ? 'PAYMENT' : 'MANUAL';
}
