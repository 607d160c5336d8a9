import type { Change } from '../../src/modules/events/change-feed.js';
import type { ChronicleEntryRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type ChronicleEntryMapper = ChronicleEntryRow;
export type ChronicleEntryConnectionMapper = Connection<ChronicleEntryRow>;
/** A change as the feed delivers it; its record is read when it is delivered. */
export type ChronicleEntryChangeMapper = Change;
