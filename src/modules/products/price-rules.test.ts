import { describe, expect, it } from 'vitest';
import { InputErrors } from '../../lib/user-errors.js';
import { checkPrice } from './price-rules.js';

const check = (value: string) => {
  const errors = new InputErrors();
  const price = checkPrice(errors, ['price'], value);
  return { price, codes: errors.list.map((error) => error.code) };
};

describe('checkPrice', () => {
  it('accepts prices with up to two decimal places, normalised to two', () => {
    expect(check('10')).toEqual({ price: '10.00', codes: [] });
    expect(check('10.5')).toEqual({ price: '10.50', codes: [] });
    expect(check('0.99')).toEqual({ price: '0.99', codes: [] });
    expect(check('7.1000')).toEqual({ price: '7.10', codes: [] });
    expect(check('0')).toEqual({ price: '0.00', codes: [] });
    expect(check('-0.00')).toEqual({ price: '0.00', codes: [] });
  });

  it('refuses a third significant decimal place and negative prices', () => {
    expect(check('1.005')).toEqual({ price: null, codes: ['INVALID'] });
    expect(check('-0.01')).toEqual({ price: null, codes: ['OUT_OF_RANGE'] });
    expect(check('-3')).toEqual({ price: null, codes: ['OUT_OF_RANGE'] });
    expect(check('abc')).toEqual({ price: null, codes: ['INVALID'] });
  });
});
