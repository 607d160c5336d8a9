import type { ChronicleEntryRow } from '../../src/db/schema';
import type { Connection } from '../../src/lib/connection';

export type ChronicleEntryMapper = ChronicleEntryRow;
export type ChronicleEntryConnectionMapper = Connection<ChronicleEntryRow>;
