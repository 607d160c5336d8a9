import { describe, expect, it } from 'vitest';
import { decodeGlobalId, keyOf, toGlobalId } from './global-id.js';

describe('global ids', () => {
  it('round-trip type and key without a lookup', () => {
    const id = toGlobalId('Counterparty', 42);
    expect(decodeGlobalId(id)).toEqual({ type: 'Counterparty', key: 42 });
    expect(keyOf(id, 'Counterparty')).toBe(42);
    expect(keyOf(id, 'Person')).toBeNull();
  });

  it('reject anything that is not one', () => {
    for (const bad of ['', '%%%', 'Q291bnRlcnBhcnR5', toGlobalId('Counterparty', 0), Buffer.from('Counterparty:-1').toString('base64url'),
      Buffer.from('Counterparty:99999999999999999').toString('base64url'), Buffer.from('lower:1').toString('base64url')]) {
      expect(decodeGlobalId(bad)).toBeNull();
    }
  });
});
