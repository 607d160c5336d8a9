import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { EVERY_COLUMN } from '../../db/columns.js';
import { allColumnsOf } from '../../db/json-rows.js';
import { countsByParent, pagesByParent, selectConnection, type ListPerParent } from '../../db/paging.js';
import { recordHistory, type RecordHistoryRow } from '../../db/schema/index.js';
import { sortBy, type Page, type PageArgs, type SortKey } from '../../lib/connection.js';

export type HistoryOperation = RecordHistoryRow['operation'];

/**
 * The GraphQL types whose records the triggers of the custom migration `record_history_triggers`
 * log; the two lists must agree.
 */
export const LOGGED_TYPES = [
  'Counterparty', 'Person', 'ContactCard', 'Product', 'Agreement', 'Contract', 'Obligation', 'Order',
  'Shipment', 'Payment', 'Deal', 'Campaign', 'Appeal', 'Claim', 'ServiceCard', 'Task',
] as const;
export type LoggedType = (typeof LOGGED_TYPES)[number];

/** Newest first. Ids are handed out in commit order closely enough, and unlike the time they never tie. */
export const historyOrder: SortKey<RecordHistoryRow>[] = [sortBy.id<RecordHistoryRow>(recordHistory.id, true)];

/** A filter of the log with ids already decoded; every given condition must hold. */
export interface HistoryFilter {
  recordType?: LoggedType | null;
  recordId?: number | null;
  employeeId?: number | null;
  apiKeyId?: number | null;
  operation?: HistoryOperation | null;
  from?: Date | null;
  to?: Date | null;
}

function conditions(filter: HistoryFilter): SQL | undefined {
  return and(
    filter.recordType ? eq(recordHistory.recordType, filter.recordType) : undefined,
    filter.recordId != null ? eq(recordHistory.recordId, filter.recordId) : undefined,
    filter.employeeId != null ? eq(recordHistory.employeeId, filter.employeeId) : undefined,
    filter.apiKeyId != null ? eq(recordHistory.apiKeyId, filter.apiKeyId) : undefined,
    filter.operation ? eq(recordHistory.operation, filter.operation) : undefined,
    filter.from ? gte(recordHistory.occurredAt, filter.from) : undefined,
    filter.to ? lt(recordHistory.occurredAt, filter.to) : undefined,
  );
}

/** One page of the whole log matching `filter`. */
export const listHistory = (db: Database, filter: HistoryFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(recordHistory), conditions(filter), historyOrder, args);

/** The history of the records of one type, read a page per record from the (type, record, id) index. */
const historyOfType = (recordType: LoggedType): ListPerParent<typeof recordHistory> =>
  ({ table: recordHistory, columns: EVERY_COLUMN, parent: recordHistory.recordId, where: eq(recordHistory.recordType, recordType), keys: historyOrder });

/** The page of history of every record of `recordType` in `recordIds`, in one statement. */
export const pagesByRecord = (db: Database, recordType: LoggedType, recordIds: readonly number[], page: Page) =>
  pagesByParent(db, historyOfType(recordType), recordIds, page);

/** How many history entries each of `recordIds` has, in one statement. */
export const countsByRecord = (db: Database, recordType: LoggedType, recordIds: readonly number[]) =>
  countsByParent(db, historyOfType(recordType), recordIds);
