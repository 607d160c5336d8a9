import { describe, expect, it } from 'vitest';
import { COLUMNS } from './deals.repository.js';
import { canMove } from './deals.service.js';

describe('the funnel\'s moves', () => {
  it('go forward by any number of columns, back by one among the CONTACT columns, never out of RESULT', () => {
    const allowed = COLUMNS.map((from) => [from, COLUMNS.filter((to) => canMove(from, to))]);
    expect(Object.fromEntries(allowed)).toEqual({
      PROSPECT: ['INTERESTED', 'CONTACT_1', 'CONTACT_2', 'CONTACT_3', 'RESULT'],
      INTERESTED: ['CONTACT_1', 'CONTACT_2', 'CONTACT_3', 'RESULT'],
      CONTACT_1: ['CONTACT_2', 'CONTACT_3', 'RESULT'],
      CONTACT_2: ['CONTACT_1', 'CONTACT_3', 'RESULT'],
      CONTACT_3: ['CONTACT_2', 'RESULT'],
      RESULT: [],
    });
  });
});
