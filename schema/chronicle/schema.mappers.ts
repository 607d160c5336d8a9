import type { ChronicleEntryRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type ChronicleEntryMapper = ChronicleEntryRow;
export type ChronicleEntryConnectionMapper = Connection<ChronicleEntryRow>;
