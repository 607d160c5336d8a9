import { DateTime } from 'luxon';
import type { AgreementRow, PaymentStage } from '../../db/schema/index.js';
import { fromHundredths, toHundredths } from '../../lib/money.js';
import { InputErrors, type UserError } from '../../lib/user-errors.js';
import { isUsableOn, type Terms } from '../agreements/terms.js';

/**
 * The order rules, free of I/O. Quantities are thousandths, prices and amounts hundredths and
 * discounts hundredths of a percent, all bigint, so no amount ever passes through a float.
 *
 * Rounding rule: a line's amount is quantity × price × (1 − discount/100) rounded to the cent
 * HALF-UP (amounts are never negative); the total is the exact sum of the rounded line amounts.
 */

/** Hundredths of quantity (thousandths) × price (hundredths) × (1 − discount/100) (discount in hundredths of a percent). */
export function discountedAmount(quantity: bigint, price: bigint, discount: bigint): bigint {
  // The product is in units of 10^-9; 10^7 of them make a cent, and adding half of that rounds half-up.
  return (quantity * price * (10000n - discount) + 5_000_000n) / 10_000_000n;
}

/** The share of `total` (hundredths) that the schedule's prepayment stages ask for, rounded half-up to the cent. */
export function prepaymentShare(total: bigint, schedule: readonly PaymentStage[] | null): bigint {
  const percent = (schedule ?? []).filter((stage) => stage.prepayment)
    .reduce((sum, stage) => sum + toHundredths(stage.percent)!, 0n);
  return (total * percent + 5000n) / 10000n;
}

/**
 * The day the last payment stage falls due: `days` after the order date (basis ORDER) or after the
 * expected shipment (basis SHIPMENT); null without a schedule or, for SHIPMENT stages, without a shipment date.
 */
export function expectedPaymentDate(date: string, expectedShipmentDate: string | null, schedule: readonly PaymentStage[] | null): string | null {
  let latest: string | null = null;
  for (const stage of schedule ?? []) {
    const from = stage.basis === 'ORDER' ? date : expectedShipmentDate;
    if (from === null) return null;
    const due = DateTime.fromISO(from, { zone: 'utc' }).plus({ days: stage.days }).toISODate()!;
    if (latest === null || due > latest) latest = due;
  }
  return latest;
}

/** The latest shipment date the delivery term allows, or null when the terms set none. */
export function latestShipmentDate(date: string, deliveryDays: number | null): string | null {
  return deliveryDays === null ? null : DateTime.fromISO(date, { zone: 'utc' }).plus({ days: deliveryDays }).toISODate()!;
}

/**
 * The discount the terms allow on a product of `productGroupId`: its group's, else the overall
 * one, else 0 (hundredths of a percent). A markup (a negative percent) allows no discount.
 */
export function allowedDiscount(terms: Pick<Terms, 'discountPercent' | 'groupDiscounts'>, productGroupId: number | null): bigint {
  const group = productGroupId === null ? undefined : terms.groupDiscounts.find((d) => d.productGroupId === productGroupId);
  const percent = group?.discountPercent ?? terms.discountPercent;
  const allowed = percent === null ? 0n : toHundredths(percent)!;
  return allowed < 0n ? 0n : allowed;
}

export interface LineToCheck {
  price: string;
  discountPercent: string;
  productGroupId: number | null;
  /** The price of the agreement's price type in force on the order date; null when there is none. */
  priceInForce: string | null;
}

export interface ContractToCheck {
  status: string;
  counterpartyId: number;
  agreementId: number | null;
  currency: string;
  validFrom: string | null;
  validTo: string | null;
}

/** The agreement an order names, with what its rules need. */
export interface AgreementToCheck {
  id: number;
  row: Pick<AgreementRow, 'kind' | 'status' | 'segment' | 'counterpartyId'>;
  /** The base of an INDIVIDUAL agreement. */
  base: Pick<AgreementRow, 'status'> | null;
  /** Its terms in force (an individual agreement's with those it inherits). */
  terms: Terms;
}

export interface OrderToCheck {
  date: string;
  expectedShipmentDate: string | null;
  currency: string;
  counterparty: { id: number; segment: string | null };
  /** Null for an order that names no agreement: then no terms are checked, only the contract. */
  agreement: AgreementToCheck | null;
  contract: ContractToCheck | null;
  lines: readonly LineToCheck[];
}

const percentText = (hundredths: bigint) => fromHundredths(hundredths);

/**
 * Every rule the order breaks, each a user error under `["order", ...]` named as the Order type
 * names the field (`["order", "lines", "1", "price"]`). Empty when it may be posted. The terms
 * are checked when the order names an agreement; the contract it names, whether or not it does.
 */
export function checkOrderTerms(order: OrderToCheck): UserError[] {
  const errors = new InputErrors(['order']);
  const { agreement } = order;
  const terms = agreement?.terms ?? null;
  if (agreement && terms) checkAgreement(errors, order, agreement, terms);
  checkContract(errors, order, terms);
  if (!terms) return errors.list;
  const latest = latestShipmentDate(order.date, terms.deliveryDays);
  if (latest !== null && (order.expectedShipmentDate === null || order.expectedShipmentDate > latest)) {
    errors.add(['expectedShipmentDate'], 'DELIVERY_TOO_LATE', order.expectedShipmentDate === null
      ? `The agreement's delivery term is ${terms.deliveryDays} days; give an expected shipment date no later than ${latest}.`
      : `The agreement's delivery term is ${terms.deliveryDays} days: the shipment is expected by ${latest}, not ${order.expectedShipmentDate}.`);
  }
  order.lines.forEach((line, i) => {
    if (terms.priceTypeId !== null) {
      if (line.priceInForce === null) {
        errors.add(['lines', i, 'price'], 'PRICE_MISMATCH', `The agreement's price type has no price for this product on ${order.date}.`);
      } else if (toHundredths(line.priceInForce) !== toHundredths(line.price)) {
        errors.add(['lines', i, 'price'], 'PRICE_MISMATCH', `The agreement's price on ${order.date} is ${percentText(toHundredths(line.priceInForce)!)}, not ${line.price}.`);
      }
    }
    const allowed = allowedDiscount(terms, line.productGroupId);
    if (toHundredths(line.discountPercent)! > allowed) {
      errors.add(['lines', i, 'discountPercent'], 'DISCOUNT_EXCEEDED', `The agreement allows a discount of at most ${percentText(allowed)}% on this product, not ${line.discountPercent}%.`);
    }
  });
  return errors.list;
}

function checkAgreement(errors: InputErrors, order: OrderToCheck, agreement: AgreementToCheck, terms: Terms) {
  const { row } = agreement;
  const { counterparty } = order;
  if (row.kind === 'INDIVIDUAL' ? row.counterpartyId !== counterparty.id
    : counterparty.segment === null || row.segment !== counterparty.segment) {
    errors.add(['agreement'], 'AGREEMENT_NOT_FOR_COUNTERPARTY', row.kind === 'INDIVIDUAL'
      ? 'This INDIVIDUAL agreement belongs to another counterparty.'
      : `This TYPICAL agreement is for the segment "${row.segment}"; the counterparty's segment is ${counterparty.segment === null ? 'not set' : `"${counterparty.segment}"`}.`);
  }
  if (!isUsableOn(row, agreement.base, terms, order.date)) {
    errors.add(['agreement'], 'AGREEMENT_NOT_USABLE', `The agreement is not in force on ${order.date} (it is ${row.status}${terms.validFrom || terms.validTo ? `, valid ${terms.validFrom ?? '…'} to ${terms.validTo ?? '…'}` : ''}).`);
  }
  if (terms.currency !== null && terms.currency !== order.currency) {
    errors.add(['currency'], 'CURRENCY_MISMATCH', `The agreement's currency is ${terms.currency}; the order is in ${order.currency}.`);
  }
}

/**
 * The contract must be the counterparty's, ACTIVE, under the order's agreement (or, for an order
 * without one, under none), in force on the order date and in the order's currency: the order's
 * shipments and payments fulfil the contract's obligations, which are in the contract's currency.
 */
function checkContract(errors: InputErrors, order: OrderToCheck, terms: Terms | null) {
  const { contract } = order;
  if (contract === null) {
    if (terms?.contractsRequired) errors.add(['contract'], 'CONTRACT_REQUIRED', 'The agreement requires orders to name a contract.');
    return;
  }
  if (contract.status !== 'ACTIVE' || contract.counterpartyId !== order.counterparty.id || contract.agreementId !== (order.agreement?.id ?? null)) {
    errors.add(['contract'], 'CONTRACT_NOT_USABLE', order.agreement
      ? 'The contract must be ACTIVE, with the same counterparty and under the order\'s agreement.'
      : 'The contract must be ACTIVE, with the same counterparty, and under no agreement, as the order names none.');
    return;
  }
  if ((contract.validFrom !== null && order.date < contract.validFrom) || (contract.validTo !== null && order.date > contract.validTo)) {
    errors.add(['contract'], 'CONTRACT_NOT_IN_FORCE', `The contract is valid ${contract.validFrom ?? '…'} to ${contract.validTo ?? '…'}, which does not include the order date ${order.date}.`);
  }
  if (contract.currency !== order.currency) {
    errors.add(['currency'], 'CURRENCY_MISMATCH', `The contract is in ${contract.currency}; the order is in ${order.currency}.`);
  }
}
