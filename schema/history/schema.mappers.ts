import type { RecordHistoryRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type HistoryEntryMapper = RecordHistoryRow;
export type HistoryEntryConnectionMapper = Connection<RecordHistoryRow>;
