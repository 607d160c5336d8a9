import { describe, expect, it } from 'vitest';
import { fromHundredths, subtract, toHundredths } from './money.js';

describe('money', () => {
  it('reads decimals as exact hundredths', () => {
    expect(toHundredths('0')).toBe(0n);
    expect(toHundredths('12.5')).toBe(1250n);
    expect(toHundredths('-3.07')).toBe(-307n);
    expect(toHundredths('1.500')).toBe(150n);
    expect(toHundredths('9999999999999999.99')).toBe(999999999999999999n);
    expect(toHundredths('1.005')).toBeNull();
    expect(toHundredths('abc')).toBeNull();
  });

  it('writes hundredths back with two decimals', () => {
    expect(fromHundredths(0n)).toBe('0.00');
    expect(fromHundredths(5n)).toBe('0.05');
    expect(fromHundredths(-123456n)).toBe('-1234.56');
  });

  it('subtracts without floating point error', () => {
    expect(subtract('0.30', '0.10')).toBe('0.20');
    expect(subtract('1000000000000000.01', '0.02')).toBe('999999999999999.99');
  });
});
