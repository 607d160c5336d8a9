import { and, count, eq, gte, inArray, lt, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { columnPlan, selectionOf, type ColumnChoice } from '../../db/columns';
import { selectConnection } from '../../db/paging';
import { rowAtVersion, updateVersioned } from '../../db/versioned';
import { chronicleEntries, counterparties, type ChronicleEntryRow } from '../../db/schema';
import { keyset, sortBy, type Page, type PageArgs, type SortKey } from '../../lib/connection';

export type ChronicleKind = ChronicleEntryRow['kind'];
export type ChronicleStatus = ChronicleEntryRow['status'];
export type ContactChannel = NonNullable<ChronicleEntryRow['channel']>;
export type ContactDirection = NonNullable<ChronicleEntryRow['direction']>;

/** A chronicle filter with ids already decoded; every given condition must hold. */
export interface ChronicleFilter {
  counterpartyId?: number | null;
  kinds?: ChronicleKind[] | null;
  statuses?: ChronicleStatus[] | null;
  channels?: ContactChannel[] | null;
  direction?: ContactDirection | null;
  responsibleEmployeeId?: number | null;
  from?: Date | null;
  to?: Date | null;
}

type EntryColumns = { occurredAt: AnyColumn; id: AnyColumn };

/**
 * Newest first: by the instant the entry happened (or is planned, or was registered), the id
 * breaking ties. `columns` lets the same order apply to the table or to a subquery over it.
 */
export const newestFirst = (columns: EntryColumns): SortKey<ChronicleEntryRow>[] => [
  sortBy.instant<ChronicleEntryRow>(columns.occurredAt, (row) => row.occurredAt, true),
  sortBy.id<ChronicleEntryRow>(columns.id, true),
];
/** The order of every chronicle list. */
export const entryOrder = newestFirst(chronicleEntries);

/** The columns each `ChronicleEntry` field needs; the page's order and the parent key always come. */
export const entryColumns = columnPlan(chronicleEntries, ['id', 'counterpartyId', 'occurredAt'], {
  counterparty: ['counterpartyId'],
  person: ['personId'],
  responsibleEmployee: ['responsibleEmployeeId'],
  informationSource: ['informationSourceId'],
});

function conditions(filter: ChronicleFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.counterpartyId != null) where.push(eq(chronicleEntries.counterpartyId, filter.counterpartyId));
  if (filter.kinds) where.push(inArray(chronicleEntries.kind, filter.kinds));
  if (filter.statuses) where.push(inArray(chronicleEntries.status, filter.statuses));
  if (filter.channels) where.push(inArray(chronicleEntries.channel, filter.channels));
  if (filter.direction) where.push(eq(chronicleEntries.direction, filter.direction));
  if (filter.responsibleEmployeeId != null) where.push(eq(chronicleEntries.responsibleEmployeeId, filter.responsibleEmployeeId));
  if (filter.from) where.push(gte(chronicleEntries.occurredAt, filter.from));
  if (filter.to) where.push(lt(chronicleEntries.occurredAt, filter.to));
  return and(...where);
}

export const listEntries = (db: Database, filter: ChronicleFilter, args: PageArgs) =>
  selectConnection<ChronicleEntryRow>(db, chronicleEntries, conditions(filter), entryOrder, args);

/**
 * The first page of entries of every counterparty in `counterpartyIds`, in one statement: a
 * LATERAL subquery reads each counterparty's page from the (counterparty, occurred_at, id) index.
 * Rows come back grouped by counterparty, each group in page order, with `size + 1` rows at most,
 * and carry the `columns` chosen only (see db/columns.ts).
 */
export async function pagesByCounterparty(
  db: Database, counterpartyIds: readonly number[], filter: ChronicleFilter, page: Page, columns: ColumnChoice,
): Promise<{ counterpartyId: number; entry: ChronicleEntryRow }[]> {
  if (page.size === 0 || counterpartyIds.length === 0) return [];
  const inner = keyset(entryOrder, page);
  const sub = db.select(selectionOf(chronicleEntries, columns)).from(chronicleEntries)
    .where(and(eq(chronicleEntries.counterpartyId, counterparties.id), conditions(filter), inner.where))
    .orderBy(...inner.orderBy)
    .limit(page.size + 1)
    .as('e');
  const outer = keyset(newestFirst(sub), { ...page, cursor: null });
  const rows = await db.select({ counterpartyId: counterparties.id, entry: sub._.selectedFields })
    .from(counterparties)
    .innerJoinLateral(sub, sql`true`)
    .where(inArray(counterparties.id, [...counterpartyIds]))
    .orderBy(counterparties.id, ...outer.orderBy);
  return rows as { counterpartyId: number; entry: ChronicleEntryRow }[];
}

/** How many entries match `filter` per counterparty, for all of `counterpartyIds` in one statement. */
export async function countsByCounterparty(
  db: Database, counterpartyIds: readonly number[], filter: ChronicleFilter,
): Promise<Map<number, number>> {
  const rows = await db.select({ counterpartyId: chronicleEntries.counterpartyId, total: count() })
    .from(chronicleEntries)
    .where(and(inArray(chronicleEntries.counterpartyId, [...counterpartyIds]), conditions(filter)))
    .groupBy(chronicleEntries.counterpartyId);
  return new Map(rows.map((row) => [row.counterpartyId, row.total]));
}

export const entriesByIds = (db: Database, ids: readonly number[]) =>
  db.select().from(chronicleEntries).where(inArray(chronicleEntries.id, [...ids]));

export const entryAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, chronicleEntries, 'ChronicleEntry', id, expectedVersion);

export async function insertEntry(db: Database, values: typeof chronicleEntries.$inferInsert) {
  const [row] = await db.insert(chronicleEntries).values(values).returning();
  return row;
}

/** Applies `values` if the entry is still at `expectedVersion` (see updateVersioned). */
export const updateEntry = (db: Database, id: number, expectedVersion: number, values: Partial<typeof chronicleEntries.$inferInsert>) =>
  updateVersioned(db, chronicleEntries, id, expectedVersion, values);
