import type { ChronicleEntryRow, ClaimRow } from '../../../src/db/schema/index.js';
import type { Connection } from '../../../src/lib/connection.js';

export type ClaimMapper = ClaimRow;
export type ClaimEventMapper = ChronicleEntryRow;
export type ClaimConnectionMapper = Connection<ClaimRow>;
