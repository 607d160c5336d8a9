import { describe, expect, it } from 'vitest';
import { addDays, generateObligations, splitByPercents } from './obligation-schedule.js';

describe('obligation generation', () => {
  it('adds calendar days across month ends and leap years', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2028-01-31', 30)).toBe('2028-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-29', 365)).toBe('2029-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('splits to the cent so the stages add up exactly, the remainder on the last stage', () => {
    expect(splitByPercents(10000n, [3333n, 3333n, 3334n])).toEqual([3333n, 3333n, 3334n]);
    expect(splitByPercents(1n, [3000n, 7000n])).toEqual([0n, 1n]);
    expect(splitByPercents(10n, [3333n, 3333n, 3334n])).toEqual([3n, 3n, 4n]);
    expect(splitByPercents(99999n, [10000n])).toEqual([99999n]);
  });

  it('makes a delivery and one payment per stage, ORDER from the contract date, SHIPMENT from delivery', () => {
    const generated = generateObligations({
      contractNumber: 'C-7', date: '2026-01-31', total: '100.00', deliveryDays: 30, servicesOnly: false,
      schedule: [
        { percent: '33.33', basis: 'ORDER', days: 0, prepayment: true },
        { percent: '33.33', basis: 'ORDER', days: 30, prepayment: false },
        { percent: '33.34', basis: 'SHIPMENT', days: 14, prepayment: false },
      ],
    });
    expect(generated.map(({ kind, debtor, amount, dueDate }) => ({ kind, debtor, amount, dueDate }))).toEqual([
      { kind: 'DELIVERY', debtor: 'OURS', amount: '100.00', dueDate: '2026-03-02' },
      { kind: 'PAYMENT', debtor: 'THEIRS', amount: '33.33', dueDate: '2026-01-31' },
      { kind: 'PAYMENT', debtor: 'THEIRS', amount: '33.33', dueDate: '2026-03-02' },
      { kind: 'PAYMENT', debtor: 'THEIRS', amount: '33.34', dueDate: '2026-03-16' },
    ]);
    expect(generated[1].description).toBe('Prepayment 1 of 3 (33.33%) under contract C-7');
  });

  it('splits a single cent 30/70 and dates across a leap day', () => {
    const generated = generateObligations({
      contractNumber: 'C-8', date: '2028-02-28', total: '0.01', deliveryDays: 1, servicesOnly: false,
      schedule: [
        { percent: '30.00', basis: 'ORDER', days: 0, prepayment: true },
        { percent: '70.00', basis: 'SHIPMENT', days: 365, prepayment: false },
      ],
    });
    expect(generated.map(({ amount, dueDate }) => [amount, dueDate])).toEqual([
      ['0.01', '2028-02-29'], ['0.00', '2028-02-28'], ['0.01', '2029-02-28'],
    ]);
  });

  it('without a schedule owes the total on the contract date, delivered then too without a term', () => {
    const generated = generateObligations({ contractNumber: 'C-9', date: '2026-05-01', total: '12.34', deliveryDays: null, schedule: null, servicesOnly: false });
    expect(generated.map(({ kind, amount, dueDate }) => [kind, amount, dueDate])).toEqual([
      ['DELIVERY', '12.34', '2026-05-01'], ['PAYMENT', '12.34', '2026-05-01'],
    ]);
  });

  it('owes a SERVICE, not a delivery, for a specification of services only', () => {
    const generated = generateObligations({ contractNumber: 'C-10', date: '2026-05-01', total: '50.00', deliveryDays: 3, schedule: null, servicesOnly: true });
    expect(generated.map(({ kind, debtor, amount, dueDate, description }) => [kind, debtor, amount, dueDate, description])).toEqual([
      ['SERVICE', 'OURS', '50.00', '2026-05-04', 'Services under contract C-10'], ['PAYMENT', 'THEIRS', '50.00', '2026-05-01', 'Payment under contract C-10'],
    ]);
  });
});
