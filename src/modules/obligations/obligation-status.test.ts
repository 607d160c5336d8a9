import { describe, expect, it } from 'vitest';
import { isOverdue, statusFor } from './obligation-status.js';

describe('obligation status', () => {
  it('computes overdue and status', () => {
    expect(isOverdue({ dueDate: '2026-01-01', status: 'OPEN' }, '2026-01-02')).toBe(true);
    expect(isOverdue({ dueDate: '2026-01-02', status: 'OPEN' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ dueDate: '2026-01-01', status: 'FULFILLED' }, '2026-01-02')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'OPEN' }, '2026-01-02')).toBe(false);
    expect(statusFor(100n, 0n)).toBe('OPEN');
    expect(statusFor(100n, 40n)).toBe('PARTIALLY_FULFILLED');
    expect(statusFor(100n, 100n)).toBe('FULFILLED');
  });
});
