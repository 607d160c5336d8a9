import type { CounterpartyRow, PersonPositionRow, PersonRow } from '../../../src/db/schema/index.js';

export type OrganisationMapper = CounterpartyRow;
export type PersonMapper = PersonRow;
export type PositionMapper = PersonPositionRow;
