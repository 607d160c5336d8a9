import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoInstant } from './dates.js';

describe('isoInstant', () => {
  it('writes what toISOString writes, at the edges of years, months, leap days and the range', () => {
    const edges = [
      '0001-01-01T00:00:00.000Z', '0001-12-31T23:59:59.999Z', '0099-03-01T00:00:00.000Z', '0999-12-31T23:59:59.999Z',
      '1600-02-29T12:00:00.000Z', '1900-02-28T23:59:59.999Z', '1900-03-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z', '2000-02-29T00:00:00.001Z', '2024-12-31T23:59:59.999Z', '2100-03-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ];
    for (const text of edges) expect(isoInstant(new Date(text))).toBe(text);
  });

  it('writes what toISOString writes for any instant, and leaves the years outside 0001-9999 to it', () => {
    fc.assert(fc.property(fc.integer({ min: -70_000_000_000_000, max: 260_000_000_000_000 }), (time) => {
      const date = new Date(time);
      expect(isoInstant(date)).toBe(date.toISOString());
    }), { numRuns: 20_000, seed: 8 });
    expect(() => isoInstant(new Date(Number.NaN))).toThrow(RangeError);
  });
});
