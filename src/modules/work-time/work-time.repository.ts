import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { allColumnsOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { executeRows } from '../../db/raw.js';
import { timeEntries, type TimeEntryRow } from '../../db/schema/index.js';
import { updateVersioned, rowAtVersion } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';

export type TimeEntryInsert = typeof timeEntries.$inferInsert;

/** The unique constraints a time entry write can break through its input. */
export const uniqueFields: UniqueFields = {
  time_entries_service_visit_key: { field: 'serviceVisitId', message: 'The visit already has its time entry.' },
};

/** A filter with ids decoded; every given condition must hold. `from` and `to` are inclusive dates. */
export interface TimeEntryFilter {
  employeeId?: number | null;
  counterpartyId?: number | null;
  from?: string | null;
  to?: string | null;
}

function conditions(filter: TimeEntryFilter): SQL | undefined {
  return and(
    filter.employeeId != null ? eq(timeEntries.employeeId, filter.employeeId) : undefined,
    filter.counterpartyId != null ? eq(timeEntries.counterpartyId, filter.counterpartyId) : undefined,
    filter.from != null ? gte(timeEntries.date, filter.from) : undefined,
    filter.to != null ? lte(timeEntries.date, filter.to) : undefined,
  );
}

/** Latest day first, then newest entry. */
const latestFirst: SortKey<TimeEntryRow>[] = [
  { name: 'time_entries.date', column: timeEntries.date, type: 'date', descending: true, valueOf: (row) => row.date },
  sortBy.id<TimeEntryRow>(timeEntries.id, true),
];

export const listEntries = (db: Database, filter: TimeEntryFilter, args: PageArgs) =>
  selectConnection(db, allColumnsOf(timeEntries), conditions(filter), latestFirst, args);

export const entriesByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, timeEntries, ids);

/** The entries of each of `visitIds` (at most one each: the visit's own). */
export const entriesByVisits = (db: Database, visitIds: readonly number[]) =>
  rowsByParents(db, timeEntries, timeEntries.serviceVisitId, visitIds, [asc(timeEntries.id)]);

export const entryAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, timeEntries, id, expectedVersion);

export async function insertEntry(db: Database, values: TimeEntryInsert): Promise<TimeEntryRow> {
  const [row] = await db.insert(timeEntries).values(values).returning();
  return row;
}

export const updateEntry = (db: Database, id: number, expectedVersion: number, values: Partial<TimeEntryInsert>) =>
  updateVersioned(db, timeEntries, id, expectedVersion, values);

export async function deleteEntry(db: Database, id: number): Promise<boolean> {
  return (await db.delete(timeEntries).where(eq(timeEntries.id, id)).returning({ id: timeEntries.id })).length > 0;
}

export type SummaryGrouping = 'EMPLOYEE' | 'COUNTERPARTY';
export type SummaryPeriod = 'DAY' | 'WEEK' | 'MONTH';

export interface SummaryRow {
  employeeId: number | null;
  counterpartyId: number | null;
  /** The first day of the day, ISO week or month grouped; null when the whole range is one group. */
  periodStart: string | null;
  minutes: number;
  entries: number;
}

/**
 * Minutes and entries over `from`–`to` grouped by the chosen dimensions and period, in one
 * statement: PostgreSQL groups, Node only maps the rows.
 */
export async function summary(
  db: Database, filter: TimeEntryFilter & { from: string; to: string }, by: readonly SummaryGrouping[], period: SummaryPeriod | null,
): Promise<SummaryRow[]> {
  const employee = by.includes('EMPLOYEE') ? sql`employee_id` : sql`null::bigint`;
  const counterparty = by.includes('COUNTERPARTY') ? sql`counterparty_id` : sql`null::bigint`;
  // Weeks start on Monday (ISO), as date_trunc('week') does.
  const start = period === null ? sql`null::date` : sql`date_trunc(${period.toLowerCase()}, date)::date`;
  const rows = await executeRows<{ employee_id: string | number | null; counterparty_id: string | number | null; period_start: string | null; minutes: number; entries: number }>(db, sql`
    select ${employee} as employee_id, ${counterparty} as counterparty_id, ${start}::text as period_start,
      sum(minutes)::int as minutes, count(*)::int as entries
    from ${timeEntries}
    where ${conditions(filter)}
    group by 1, 2, 3
    order by 3 nulls first, 1 nulls first, 2 nulls first`);
  return rows.map((row) => ({
    employeeId: row.employee_id === null ? null : Number(row.employee_id),
    counterpartyId: row.counterparty_id === null ? null : Number(row.counterparty_id),
    periodStart: row.period_start,
    minutes: row.minutes,
    entries: row.entries,
  }));
}
