import type { PersonPositionRow, PersonRow } from '../../src/db/schema';
import type { Connection } from '../../src/lib/connection';

export type PersonMapper = PersonRow;
export type PersonPositionMapper = PersonPositionRow;
export type PersonConnectionMapper = Connection<PersonRow>;
