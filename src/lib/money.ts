/**
 * Money is numeric(18,2) in SQL and a decimal string in GraphQL. Arithmetic on it works on exact
 * integers of hundredths (bigint), so sums, differences and shares never pass through a float.
 */
export const AMOUNT_SCALE = 2;

const DECIMAL = /^(-?)([0-9]+)(?:\.([0-9]+))?$/;

/** Hundredths in a decimal string, or null when it is not a decimal or has non-zero digits past the scale. */
export function toHundredths(value: string): bigint | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(AMOUNT_SCALE))) return null;
  const hundredths = BigInt(whole) * 100n + BigInt(fraction.slice(0, AMOUNT_SCALE).padEnd(AMOUNT_SCALE, '0'));
  return sign === '-' ? -hundredths : hundredths;
}

/** The decimal string of a number of hundredths, always with two decimals: 12345n → "123.45". */
export function fromHundredths(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(AMOUNT_SCALE + 1, '0');
  const text = `${digits.slice(0, -AMOUNT_SCALE)}.${digits.slice(-AMOUNT_SCALE)}`;
  return negative ? `-${text}` : text;
}

/** `a - b` exactly, for decimal strings as the database returns them. */
export function subtract(a: string, b: string): string {
  return fromHundredths(toHundredths(a)! - toHundredths(b)!);
}
