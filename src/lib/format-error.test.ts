import { describe, expect, it } from 'vitest';
import { fieldFromCoercionMessage } from './format-error.js';

describe('fieldFromCoercionMessage', () => {
  it('turns the path graphql-js names in a coercion message into a field path', () => {
    expect(fieldFromCoercionMessage('Variable "$input" got invalid value "x" at "input.emails[0].address"; Value is not a valid email address: x'))
      .toEqual(['input', 'emails', '0', 'address']);
    expect(fieldFromCoercionMessage('Variable "$e" got invalid value "bad"; Value is not a valid email address: bad')).toEqual(['e']);
    expect(fieldFromCoercionMessage('Cannot query field "x" on type "Query".')).toBeNull();
  });
});
