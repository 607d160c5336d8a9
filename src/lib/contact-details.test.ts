import { describe, expect, it } from 'vitest';
import { InputErrors } from './user-errors.js';
import { addresses, bankAccounts, emails, phones } from './contact-details.js';

const codes = (errors: InputErrors) => errors.list.map((e) => [e.field?.join('.'), e.code]);

describe('contact details', () => {
  it('normalise phones and check their digits and extension', () => {
    const errors = new InputErrors();
    expect(phones(errors, [{ number: ' +38 (044) 123-45-67 ', extension: '12' }])).toEqual([
      { kind: 'WORK', number: '+38 (044) 123-45-67', extension: '12', note: null },
    ]);
    phones(errors, [{ number: '123' }, { number: 'call me' }, { number: '+48 22 555 00 00', extension: 'x1' }]);
    expect(codes(errors)).toEqual([['input.phones.0.number', 'INVALID'], ['input.phones.1.number', 'INVALID'], ['input.phones.2.extension', 'INVALID']]);
  });

  it('lower-case e-mails and refuse the same address twice', () => {
    const errors = new InputErrors();
    expect(emails(errors, [{ address: 'A@B.example' }, { address: 'a@b.example' }]).map((e) => e.address)).toEqual(['a@b.example', 'a@b.example']);
    expect(codes(errors)).toEqual([['input.emails.1.address', 'DUPLICATE']]);
  });

  it('need an address to say where', () => {
    const errors = new InputErrors();
    addresses(errors, [{ kind: 'LEGAL', postalCode: '01001' }]);
    expect(codes(errors)).toEqual([['input.addresses.0.text', 'REQUIRED']]);
  });

  it('check BIC codes and allow one primary account', () => {
    const errors = new InputErrors();
    const accounts = bankAccounts(errors, [
      { bankName: 'Bank', bic: 'deutdeff', accountNumber: 'DE89 3704 0044 0532 0130 00', primary: true },
      { bankName: 'Bank', bic: 'DEUT', accountNumber: '1', primary: true },
    ]);
    expect(accounts[0]).toMatchObject({ bic: 'DEUTDEFF', accountNumber: 'DE89370400440532013000' });
    expect(codes(errors)).toEqual([['input.bankAccounts.1.bic', 'INVALID'], ['input.bankAccounts', 'INVALID']]);
  });

  it('cap list lengths', () => {
    const errors = new InputErrors();
    phones(errors, Array.from({ length: 51 }, () => ({ number: '+48 22 555 00 00' })));
    expect(codes(errors)).toEqual([['input.phones', 'OUT_OF_RANGE']]);
  });
});
