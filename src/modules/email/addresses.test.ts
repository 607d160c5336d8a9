import { describe, expect, it } from 'vitest';
import { InputErrors } from '../../lib/user-errors.js';
import { bareAddress, newMessageId, recipientAddresses } from './addresses.js';

describe('recipientAddresses', () => {
  it('keeps good addresses as written and names each bad one by its index', () => {
    const errors = new InputErrors();
    const clean = recipientAddresses(errors, 'cc', [' olena@dnipro.example ', 'Olena@Dnipro.example', 'no-at-sign', 'a@b', 'x@y.example\r\nBcc: z@z.example', `${'a'.repeat(250)}@b.example`, 'Name <n@b.example>']);
    expect(clean).toEqual(['olena@dnipro.example']);
    expect(errors.list.map((error) => [error.field?.join('.'), error.code])).toEqual([
      ['input.cc.1', 'DUPLICATE'], ['input.cc.2', 'INVALID'], ['input.cc.3', 'INVALID'], ['input.cc.4', 'INVALID'], ['input.cc.5', 'TOO_LONG'], ['input.cc.6', 'INVALID'],
    ]);
  });

  it('takes at most 50 addresses', () => {
    const errors = new InputErrors();
    expect(recipientAddresses(errors, 'to', Array.from({ length: 51 }, (_, i) => `u${i}@example.com`))).toEqual([]);
    expect(errors.list.map((error) => [error.field?.join('.'), error.code])).toEqual([['input.to', 'OUT_OF_RANGE']]);
  });
});

describe('newMessageId', () => {
  it('makes a new id in the sender\'s domain each time', () => {
    expect(bareAddress('CRM <crm@example.com>')).toBe('crm@example.com');
    const id = newMessageId('CRM <crm@example.com>');
    expect(id).toMatch(/^<[0-9a-f-]{36}@example\.com>$/);
    expect(newMessageId('crm@example.com')).not.toBe(id);
  });
});
