import { and, asc, eq, gte, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { columnPlan, reference, type ColumnChoice } from '../../db/columns.js';
import { counterpartyColumns } from '../counterparties/counterparties.repository.js';
import { selectConnection } from '../../db/paging.js';
import { allColumnsOf, isAnyOf, readRowsByParent, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { obligations, type ObligationRow } from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { OPEN_STATUSES } from './obligation-status.js';

export type ObligationStatus = ObligationRow['status'];
export type ObligationDebtor = ObligationRow['debtor'];
export type ObligationKind = ObligationRow['kind'];
export type ObligationInsert = typeof obligations.$inferInsert;

/** The unique constraints an obligation write can break through its input. */
export const uniqueFields: UniqueFields = {
  obligations_external_id_key: { field: 'externalId', message: 'Another obligation already has this externalId.' },
};

/** An obligation filter with ids already decoded; every given condition must hold. */
export interface ObligationFilter {
  counterpartyId?: number | null;
  statuses?: ObligationStatus[] | null;
  debtor?: ObligationDebtor | null;
  overdue?: boolean | null;
}

/** Obligations without a due date sort after all dated ones; the id makes the order total. */
const NO_DUE_DATE = '9999-12-31';
export const byDueDate: SortKey<ObligationRow>[] = [
  {
    name: 'obligations.due_date',
    column: sql`coalesce(${obligations.dueDate}, ${NO_DUE_DATE}::date)`,
    type: 'date',
    descending: false,
    valueOf: (row) => row.dueDate ?? NO_DUE_DATE,
  },
  sortBy.id<ObligationRow>(obligations.id),
];

/** `today` is the date overdue is measured against, so the filter and the `overdue` field agree. */
function conditions(filter: ObligationFilter, today: string): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (filter.counterpartyId != null) where.push(eq(obligations.counterpartyId, filter.counterpartyId));
  if (filter.statuses) where.push(inArray(obligations.status, filter.statuses));
  if (filter.debtor) where.push(eq(obligations.debtor, filter.debtor));
  if (filter.overdue === true) {
    where.push(and(lt(obligations.dueDate, today), inArray(obligations.status, [...OPEN_STATUSES])));
  } else if (filter.overdue === false) {
    where.push(or(isNull(obligations.dueDate), gte(obligations.dueDate, today), notInArray(obligations.status, [...OPEN_STATUSES])));
  }
  return and(...where);
}

export const listObligations = (db: Database, filter: ObligationFilter, today: string, args: PageArgs) =>
  selectConnection(db, allColumnsOf(obligations), conditions(filter, today), byDueDate, args);

/** The columns each `Obligation` field needs; the key and the parent key always come. */
export const obligationColumns = columnPlan(obligations, ['id', 'counterpartyId'], {
  counterparty: reference('counterpartyId', counterpartyColumns),
  contract: ['contractId'],
  outstandingAmount: ['amount', 'fulfilledAmount'],
  overdue: ['dueDate', 'status'],
});

/**
 * The obligations of every counterparty in `counterpartyIds` matching `filter`, each
 * counterparty's by due date (nulls last), then id, of the `columns` chosen (see db/columns.ts).
 */
export const byCounterparties = (db: Database, counterpartyIds: readonly number[], filter: ObligationFilter, today: string, columns: ColumnChoice) =>
  readRowsByParent(db, { table: obligations, columns }, {
    parent: obligations.counterpartyId,
    orderBy: [sql`${obligations.dueDate} asc nulls last`, asc(obligations.id)],
  }, (fields) => db.select(fields).from(obligations).where(and(isAnyOf(obligations.counterpartyId, counterpartyIds), conditions(filter, today))));

export const obligationsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, obligations, ids);

export const obligationAtVersion = (db: Database, id: number, expectedVersion: number) =>
  rowAtVersion(db, obligations, id, expectedVersion);

export async function insertObligation(db: Database, values: typeof obligations.$inferInsert) {
  const [row] = await db.insert(obligations).values(values).returning();
  return row;
}

/** Applies `values` if the obligation is still at `expectedVersion` (see updateVersioned). */
export const updateObligation = (db: Database, id: number, expectedVersion: number, values: Partial<typeof obligations.$inferInsert>) =>
  updateVersioned(db, obligations, id, expectedVersion, values);

/** The obligations generated from each of `contractIds`, by due date (nulls last), then id. */
export const obligationsByContracts = (db: Database, contractIds: readonly number[]): Promise<Map<number, ObligationRow[]>> =>
  rowsByParents(db, obligations, obligations.contractId, contractIds, [sql`${obligations.dueDate} asc nulls last`, asc(obligations.id)]);

/** Writes the obligations a contract generated. */
export async function insertObligations(db: Database, rows: readonly ObligationInsert[]): Promise<ObligationRow[]> {
  if (rows.length === 0) return [];
  return db.insert(obligations).values([...rows]).returning();
}

/** Cancels the still open obligations generated from the contract, bumping their versions. */
export const cancelOpenObligations = (db: Database, contractId: number) =>
  db.update(obligations)
    .set({ status: 'CANCELLED', version: sql`${obligations.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(obligations.contractId, contractId), inArray(obligations.status, [...OPEN_STATUSES])));

/** For imports: the obligations with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<ObligationRow>(db, obligations, 'external_id', externalIds);
