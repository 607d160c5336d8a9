import type { Address, AddressKind, BankAccount, ContactKind, Email, Phone } from '../db/schema/index.js';
import type { InputErrors, Path } from './user-errors.js';

/**
 * Pure normalisation and checks of the contact details a counterparty or person carries. Each
 * function returns the clean list to store and adds a user error per bad element.
 */

export interface AddressInput {
  kind: AddressKind;
  countryCode?: string | null;
  region?: string | null;
  city?: string | null;
  postalCode?: string | null;
  street?: string | null;
  building?: string | null;
  unit?: string | null;
  text?: string | null;
}
export interface PhoneInput { kind?: ContactKind | null; number: string; extension?: string | null; note?: string | null }
export interface EmailInput { kind?: ContactKind | null; address: string; note?: string | null }
export interface BankAccountInput {
  bankName: string;
  bic?: string | null;
  accountNumber: string;
  currency?: string | null;
  primary?: boolean | null;
}

export const MAX_LIST = 50;

function tooMany(errors: InputErrors, field: string, length: number): boolean {
  if (length <= MAX_LIST) return false;
  errors.add([field], 'OUT_OF_RANGE', `At most ${MAX_LIST} ${field} are allowed (got ${length}).`);
  return true;
}

export function addresses(errors: InputErrors, input: AddressInput[]): Address[] {
  if (tooMany(errors, 'addresses', input.length)) return [];
  return input.map((address, index) => {
    const at = errors.under(['addresses', index]);
    const clean: Address = {
      kind: address.kind,
      countryCode: address.countryCode ?? null,
      region: at.text(['region'], address.region, { max: 200 }),
      city: at.text(['city'], address.city, { max: 200 }),
      postalCode: at.text(['postalCode'], address.postalCode, { max: 20 }),
      street: at.text(['street'], address.street, { max: 300 }),
      building: at.text(['building'], address.building, { max: 50 }),
      unit: at.text(['unit'], address.unit, { max: 50 }),
      text: at.text(['text'], address.text, { max: 1000 }),
    };
    if (!clean.text && !clean.city && !clean.street) {
      at.add(['text'], 'REQUIRED', 'An address needs at least its text, a city or a street.');
    }
    return clean;
  });
}

/** A phone number as written, checked: digits and the usual punctuation, 5 to 20 digits. */
export function phoneNumber(errors: InputErrors, path: Path, value: string | null | undefined, required = false): string | null {
  const number = errors.text(path, value, { required, max: 50 });
  const digits = number?.replace(/[^0-9]/g, '') ?? '';
  if (number && !/^[0-9+()\-.\s/]+$/.test(number)) {
    errors.add(path, 'INVALID', 'A phone number may hold only digits, spaces and + ( ) - . /');
  } else if (number && (digits.length < 5 || digits.length > 20)) {
    errors.add(path, 'INVALID', `A phone number must have 5 to 20 digits (got ${digits.length}).`);
  }
  return number;
}

export function phones(errors: InputErrors, input: PhoneInput[]): Phone[] {
  if (tooMany(errors, 'phones', input.length)) return [];
  return input.map((phone, index) => {
    const at = errors.under(['phones', index]);
    const number = phoneNumber(at, ['number'], phone.number, true);
    const extension = at.text(['extension'], phone.extension, { max: 10 });
    if (extension && !/^[0-9]+$/.test(extension)) at.add(['extension'], 'INVALID', 'An extension is digits only.');
    return { kind: phone.kind ?? 'WORK', number: number ?? '', extension, note: at.text(['note'], phone.note, { max: 200 }) };
  });
}

export function emails(errors: InputErrors, input: EmailInput[]): Email[] {
  if (tooMany(errors, 'emails', input.length)) return [];
  const seen = new Set<string>();
  return input.map((email, index) => {
    const at = errors.under(['emails', index]);
    const address = email.address.trim().toLowerCase();
    if (seen.has(address)) at.add(['address'], 'DUPLICATE', 'This e-mail address is already in the list.');
    seen.add(address);
    return { kind: email.kind ?? 'WORK', address, note: at.text(['note'], email.note, { max: 200 }) };
  });
}

export function websites(errors: InputErrors, input: Array<URL | string>): string[] {
  if (tooMany(errors, 'websites', input.length)) return [];
  return input.map((site, index) => {
    const text = site.toString();
    if (!/^https?:$/.test(new URL(text).protocol)) errors.add(['websites', index], 'INVALID', 'A web site must be an http or https URL.');
    return text;
  });
}

const BIC = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;

export function bankAccounts(errors: InputErrors, input: BankAccountInput[]): BankAccount[] {
  if (tooMany(errors, 'bankAccounts', input.length)) return [];
  const accounts = input.map((account, index) => {
    const at = errors.under(['bankAccounts', index]);
    const bic = at.text(['bic'], account.bic, { max: 11 })?.toUpperCase() ?? null;
    if (bic && !BIC.test(bic)) at.add(['bic'], 'INVALID', 'A BIC/SWIFT code is 8 or 11 letters and digits, e.g. "DEUTDEFF".');
    const accountNumber = at.text(['accountNumber'], account.accountNumber, { required: true, max: 64 })?.replace(/\s+/g, '') ?? '';
    return {
      bankName: at.text(['bankName'], account.bankName, { required: true, max: 300 }) ?? '',
      bic,
      accountNumber,
      currency: account.currency ?? null,
      primary: account.primary ?? false,
    };
  });
  if (accounts.filter((account) => account.primary).length > 1) {
    errors.add(['bankAccounts'], 'INVALID', 'At most one bank account may be primary.');
  }
  return accounts;
}
