import type { PersonPositionRow, PersonRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type PersonMapper = PersonRow;
export type PersonPositionMapper = PersonPositionRow;
export type PersonConnectionMapper = Connection<PersonRow>;
