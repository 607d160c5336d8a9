import type { TimeEntryRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';
import type { SummaryRow } from '../../src/modules/work-time/work-time.repository.js';

export type TimeEntryMapper = TimeEntryRow;
export type TimeEntryConnectionMapper = Connection<TimeEntryRow>;
export type WorkTimeSummaryRowMapper = SummaryRow;
