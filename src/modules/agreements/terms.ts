import type { AgreementRow, PaymentStage } from '../../db/schema/index.js';
import type { InputErrors, Path } from '../../lib/user-errors.js';
import { fromHundredths, toHundredths } from '../../lib/money.js';

/**
 * The rules of agreement terms, free of I/O. An INDIVIDUAL agreement stores only the terms it
 * overrides; a null term is read from its TYPICAL base at the moment it is asked for, so a change
 * of the typical agreement reaches every individual one that did not override it.
 */

/** Each term's name in the API (`AgreementTermName`) and its column. */
export const TERM_COLUMNS = {
  PAYMENT_SCHEDULE: 'paymentSchedule',
  PAYMENT_METHOD: 'paymentMethod',
  PRICE_TYPE: 'priceTypeId',
  CURRENCY: 'currency',
  DELIVERY_DAYS: 'deliveryDays',
  DISCOUNT_PERCENT: 'discountPercent',
  VALID_FROM: 'validFrom',
  VALID_TO: 'validTo',
  CONTRACTS_REQUIRED: 'contractsRequired',
} as const satisfies Record<string, keyof AgreementRow>;

export type TermName = keyof typeof TERM_COLUMNS;
export type TermColumn = (typeof TERM_COLUMNS)[TermName];
export const TERM_NAMES = Object.keys(TERM_COLUMNS) as TermName[];

export type TermValues = Pick<AgreementRow, TermColumn>;
export type AgreementStatus = AgreementRow['status'];

/** A product group's discount as an agreement applies it; `inherited` when it comes from the base. */
export interface GroupDiscountTerm {
  productGroupId: number;
  discountPercent: string;
  inherited: boolean;
}

export interface DiscountRow {
  productGroupId: number;
  discountPercent: string;
}

export interface Terms extends TermValues {
  groupDiscounts: GroupDiscountTerm[];
}

const termValues = (row: TermValues): TermValues =>
  Object.fromEntries(TERM_NAMES.map((name) => [TERM_COLUMNS[name], row[TERM_COLUMNS[name]]])) as unknown as TermValues;

/** The terms as stored on the agreement itself (null where an individual one inherits). */
export function ownTerms(row: TermValues, discounts: readonly DiscountRow[]): Terms {
  return {
    ...termValues(row),
    groupDiscounts: discounts.map((d) => ({ productGroupId: d.productGroupId, discountPercent: d.discountPercent, inherited: false })),
  };
}

/**
 * The terms in force: for an individual agreement each null term comes from `base`, and the
 * base's group discounts apply to the groups the agreement has no row of its own for.
 */
export function effectiveTerms(
  row: TermValues & Pick<AgreementRow, 'kind'>,
  discounts: readonly DiscountRow[],
  base: TermValues | null,
  baseDiscounts: readonly DiscountRow[],
): Terms {
  const own = ownTerms(row, discounts);
  if (row.kind !== 'INDIVIDUAL' || !base) return own;
  const values = { ...own } as Record<string, unknown>;
  for (const name of TERM_NAMES) {
    const column = TERM_COLUMNS[name];
    if (values[column] === null) values[column] = base[column];
  }
  const overridden = new Set(discounts.map((d) => d.productGroupId));
  const inherited = baseDiscounts
    .filter((d) => !overridden.has(d.productGroupId))
    .map((d) => ({ productGroupId: d.productGroupId, discountPercent: d.discountPercent, inherited: true }));
  const groupDiscounts = [...own.groupDiscounts, ...inherited].sort((a, b) => a.productGroupId - b.productGroupId);
  return { ...(values as unknown as TermValues), groupDiscounts };
}

/** The terms an individual agreement takes from its base: those it stores no value for. None for a typical one. */
export function inheritedTerms(row: TermValues & Pick<AgreementRow, 'kind'>): TermName[] {
  if (row.kind !== 'INDIVIDUAL') return [];
  return TERM_NAMES.filter((name) => row[TERM_COLUMNS[name]] === null);
}

/**
 * Whether an order dated `on` may use the agreement: it is ACTIVE, its base (for an individual
 * one) is not CLOSED, and `on` lies within the effective validity (either end may be open).
 */
export function isUsableOn(
  row: Pick<AgreementRow, 'status'>,
  base: Pick<AgreementRow, 'status'> | null,
  terms: Pick<TermValues, 'validFrom' | 'validTo'>,
  on: string,
): boolean {
  if (row.status !== 'ACTIVE') return false;
  if (base && base.status === 'CLOSED') return false;
  if (terms.validFrom !== null && on < terms.validFrom) return false;
  if (terms.validTo !== null && on > terms.validTo) return false;
  return true;
}

/** DRAFT → ACTIVE → CLOSED, nothing else. */
export function canMoveTo(from: AgreementStatus, to: AgreementStatus): boolean {
  return (from === 'DRAFT' && to === 'ACTIVE') || (from === 'ACTIVE' && to === 'CLOSED');
}

/** Terms an agreement cannot be activated without, of those missing from its effective terms. */
export function missingForActivation(terms: Pick<TermValues, 'priceTypeId' | 'currency'>): TermName[] {
  const missing: TermName[] = [];
  if (terms.priceTypeId === null) missing.push('PRICE_TYPE');
  if (terms.currency === null) missing.push('CURRENCY');
  return missing;
}

export const MAX_DAYS = 3650;

/** Reads a percentage with at most 2 decimals within [min, max] (in hundredths); null after adding an error. */
export function percentOf(errors: InputErrors, path: Path, value: string, min: bigint, max: bigint, rule: string): bigint | null {
  const hundredths = toHundredths(value);
  if (hundredths === null) {
    errors.add(path, 'INVALID', `${String(path[path.length - 1])} must be a number with at most 2 decimal places, got "${value}".`);
    return null;
  }
  if (hundredths < min || hundredths > max) {
    errors.add(path, 'OUT_OF_RANGE', `${String(path[path.length - 1])} must be ${rule}, got "${value}".`);
    return null;
  }
  return hundredths;
}

/** A day count within 0..3650. */
export function checkDays(errors: InputErrors, path: Path, days: number): boolean {
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) {
    errors.add(path, 'OUT_OF_RANGE', `${String(path[path.length - 1])} must be between 0 and ${MAX_DAYS}, got ${days}.`);
    return false;
  }
  return true;
}

/**
 * Validates a payment schedule at `path` (errors on `path.<i>.<field>`): each percent more than 0
 * and at most 100 with at most 2 decimals, all summing to exactly 100 (counted in hundredths, no
 * floats), days 0..3650, prepayment stages based on the ORDER. Answers the stages normalised
 * ("30" → "30.00"), or null when invalid.
 */
export function validateSchedule(errors: InputErrors, path: Path, stages: readonly PaymentStage[]): PaymentStage[] | null {
  const before = errors.list.length;
  if (stages.length === 0) {
    errors.add(path, 'REQUIRED', 'A payment schedule needs at least one stage; send null for none.');
    return null;
  }
  let sum = 0n;
  let percentsValid = true;
  const clean = stages.map((stage, i): PaymentStage => {
    const percent = percentOf(errors, [...path, i, 'percent'], stage.percent, 1n, 10000n, 'more than 0 and at most 100');
    if (percent === null) percentsValid = false; else sum += percent;
    checkDays(errors, [...path, i, 'days'], stage.days);
    if (stage.prepayment && stage.basis !== 'ORDER') {
      errors.add([...path, i, 'basis'], 'INVALID', 'A prepayment stage is paid before shipment, so its basis must be ORDER.');
    }
    return { percent: percent === null ? stage.percent : fromHundredths(percent), basis: stage.basis, days: stage.days, prepayment: stage.prepayment };
  });
  if (percentsValid && sum !== 10000n) {
    errors.add(path, 'INVALID', `The stages' percents must add up to exactly 100; they add up to ${fromHundredths(sum)}.`);
  }
  return errors.list.length === before ? clean : null;
}

/** validTo may not be before validFrom (either may be open). */
export function validityInOrder(validFrom: string | null, validTo: string | null): boolean {
  return validFrom === null || validTo === null || validFrom <= validTo;
}
