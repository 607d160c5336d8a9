import type { PersonPositionRow, PersonRow } from '../../db/schema/index.js';

/** A position is current when it has no end date or ends today or later. */
export const isCurrent = (position: Pick<PersonPositionRow, 'endDate'>, on: string): boolean =>
  position.endDate === null || position.endDate >= on;

/** "Last First Middle", skipping the parts that are absent. */
export const fullName = (person: Pick<PersonRow, 'lastName' | 'firstName' | 'middleName'>): string =>
  [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
