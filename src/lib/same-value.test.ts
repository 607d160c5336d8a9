import { expect, it } from 'vitest';
import { sameValue } from './same-value.js';

it('compares objects whatever the order of their keys, and a missing key as null', () => {
  expect(sameValue({ kind: 'WORK', number: '1', note: null }, { number: '1', kind: 'WORK' })).toBe(true);
  expect(sameValue({ kind: 'WORK', number: '1' }, { kind: 'HOME', number: '1' })).toBe(false);
});

it('compares arrays by order and length', () => {
  expect(sameValue(['CLIENT', 'PARTNER'], ['CLIENT', 'PARTNER'])).toBe(true);
  expect(sameValue(['CLIENT', 'PARTNER'], ['PARTNER', 'CLIENT'])).toBe(false);
  expect(sameValue(['CLIENT'], ['CLIENT', 'PARTNER'])).toBe(false);
  expect(sameValue([], null)).toBe(false);
});

it('compares dates by the instant', () => {
  expect(sameValue(new Date('2026-01-01T10:00:00Z'), new Date('2026-01-01T12:00:00+02:00'))).toBe(true);
  expect(sameValue(new Date('2026-01-01T10:00:00Z'), new Date('2026-01-01T10:00:00.001Z'))).toBe(false);
  expect(sameValue(null, undefined)).toBe(true);
  expect(sameValue('', null)).toBe(false);
});
