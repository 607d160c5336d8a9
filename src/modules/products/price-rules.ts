import type { InputErrors, Path } from '../../lib/user-errors.js';

/** Prices are numeric(18,2): cents at most, never negative. */
export const PRICE_SCALE = 2;

const DECIMAL = /^(-?)([0-9]+)(?:\.([0-9]+))?$/;

/**
 * Checks a price as the Decimal scalar parsed it: more than two significant decimal places is
 * INVALID (rounding money silently would change what the client meant), a negative price
 * OUT_OF_RANGE. Answers the price as given, or null after adding the error.
 */
export function checkPrice(errors: InputErrors, path: Path, value: string): string | null {
  const match = DECIMAL.exec(value.trim());
  if (!match) {
    errors.add(path, 'INVALID', 'price must be a decimal number, e.g. "1250.50".');
    return null;
  }
  const [, sign, whole, fraction = ''] = match;
  if (/[1-9]/.test(fraction.slice(PRICE_SCALE))) {
    errors.add(path, 'INVALID', `price may have at most ${PRICE_SCALE} decimal places (got "${value}").`);
    return null;
  }
  if (sign === '-' && /[1-9]/.test(whole + fraction)) {
    errors.add(path, 'OUT_OF_RANGE', 'price cannot be negative.');
    return null;
  }
  return `${whole}.${fraction.slice(0, PRICE_SCALE).padEnd(PRICE_SCALE, '0')}`;
}
