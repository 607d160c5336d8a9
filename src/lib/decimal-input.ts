import type { InputErrors, Path } from './user-errors.js';

/**
 * Reads a quantity or amount given as a decimal string into exact units of 10^-scale (see
 * money.ts), adding the user error when it is negative (or zero unless `zeroAllowed`), has more
 * than `scale` places, or is not below `max`.
 */
export function decimalInput(
  errors: InputErrors, path: Path, value: string, parse: (value: string) => bigint | null, scale: number, max: bigint, zeroAllowed: boolean,
): bigint | null {
  const name = String(path[path.length - 1]);
  const rule = zeroAllowed ? 'zero or more' : 'more than zero';
  if (value.trim().startsWith('-')) {
    errors.add(path, 'OUT_OF_RANGE', `${name} must be ${rule}, got "${value}".`);
    return null;
  }
  const parsed = parse(value);
  if (parsed === null) {
    errors.add(path, 'INVALID', `${name} may have at most ${scale} decimal places, got "${value}".`);
    return null;
  }
  if (!zeroAllowed && parsed === 0n) {
    errors.add(path, 'OUT_OF_RANGE', `${name} must be ${rule}, got "${value}".`);
    return null;
  }
  if (parsed >= max) {
    errors.add(path, 'OUT_OF_RANGE', `${name} is too large, got "${value}".`);
    return null;
  }
  return parsed;
}
