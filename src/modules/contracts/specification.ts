import { fromHundredths, toHundredths } from '../../lib/money.js';

/**
 * The arithmetic of a contract's specification, exact and free of I/O. Quantities are counted in
 * thousandths (numeric(18,3)), prices and amounts in hundredths (numeric(18,2)), both as bigint.
 *
 * Rounding rule: a line's amount is quantity × unit price rounded to the cent HALF-UP (half a cent
 * and more goes up; amounts are never negative, so "up" is away from zero). The contract total is
 * the exact sum of the rounded line amounts.
 */

const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;

/** Thousandths in a non-negative decimal string, or null when it is not one or has non-zero digits past 3 decimals. */
export function toThousandths(value: string): bigint | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(3))) return null;
  return BigInt(whole) * 1000n + BigInt(fraction.slice(0, 3).padEnd(3, '0'));
}

/** The decimal string of a number of thousandths, with three decimals: 1500n → "1.500". */
export function fromThousandths(value: bigint): string {
  const digits = value.toString().padStart(4, '0');
  return `${digits.slice(0, -3)}.${digits.slice(-3)}`;
}

/** Hundredths of `quantity` (thousandths) × `unitPrice` (hundredths), rounded half-up to the cent. */
export function lineAmount(quantity: bigint, unitPrice: bigint): bigint {
  // quantity × price is in hundred-thousandths; dividing by 1000 with +500 rounds half-up.
  return (quantity * unitPrice + 500n) / 1000n;
}

export interface LineValues { quantity: string; unitPrice: string; amount: string }

/**
 * The amounts of already valid lines and their total, as decimal strings:
 * `specificationAmounts([{ quantity: '0.333', unitPrice: '0.10' }])` → amount "0.03".
 */
export function specificationAmounts(lines: readonly { quantity: string; unitPrice: string }[]): { lines: LineValues[]; total: string } {
  let total = 0n;
  const out = lines.map((line) => {
    const quantity = toThousandths(line.quantity)!;
    const unitPrice = toHundredths(line.unitPrice)!;
    const amount = lineAmount(quantity, unitPrice);
    total += amount;
    return { quantity: fromThousandths(quantity), unitPrice: fromHundredths(unitPrice), amount: fromHundredths(amount) };
  });
  return { lines: out, total: fromHundredths(total) };
}
