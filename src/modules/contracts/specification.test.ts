import { describe, expect, it } from 'vitest';
import { fromThousandths, lineAmount, specificationAmounts, toThousandths } from './specification.js';

describe('specification amounts', () => {
  it('reads quantities with up to 3 decimals, refusing more and signs', () => {
    expect(toThousandths('2')).toBe(2000n);
    expect(toThousandths('1.5')).toBe(1500n);
    expect(toThousandths('0.125')).toBe(125n);
    expect(toThousandths('1.2500')).toBe(1250n);
    expect(toThousandths('1.2345')).toBeNull();
    expect(toThousandths('-1')).toBeNull();
    expect(toThousandths('1e3')).toBeNull();
    expect(fromThousandths(5n)).toBe('0.005');
  });

  it('rounds quantity × price to the cent half-up, exactly', () => {
    expect(lineAmount(1000n, 1999n)).toBe(1999n);
    expect(lineAmount(333n, 10n)).toBe(3n); // 0.333 × 0.10 = 0.0333
    expect(lineAmount(5n, 100n)).toBe(1n); // 0.005 × 1.00 = 0.005 → 0.01 (half up)
    expect(lineAmount(4n, 100n)).toBe(0n); // 0.004 → 0.00
    expect(lineAmount(1500n, 333n)).toBe(500n); // 1.5 × 3.33 = 4.995 → 5.00
    // 0.1 + 0.2 style float traps stay exact at large magnitudes.
    expect(lineAmount(999_999_999_999_999n, 99_999n)).toBe(99_998_999_999_999_900n);
  });

  it('totals the rounded line amounts', () => {
    const result = specificationAmounts([
      { quantity: '3', unitPrice: '0.33' },
      { quantity: '1.5', unitPrice: '3.33' },
      { quantity: '0.1', unitPrice: '0.2' },
    ]);
    expect(result.lines).toEqual([
      { quantity: '3.000', unitPrice: '0.33', amount: '0.99' },
      { quantity: '1.500', unitPrice: '3.33', amount: '5.00' },
      { quantity: '0.100', unitPrice: '0.20', amount: '0.02' },
    ]);
    expect(result.total).toBe('6.01');
  });
});
