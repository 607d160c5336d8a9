import { and, asc, eq, gte, inArray, isNull, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { columnPlan, reference, type ColumnChoice } from '../../db/columns.js';
import { counterpartyColumns } from '../counterparties/counterparties.repository.js';
import { selectConnection } from '../../db/paging.js';
import { allColumnsOf, isAnyOf, readRowsByParent, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { obligationFulfilments, obligations, type ObligationRow } from '../../db/schema/index.js';
import { executeRows } from '../../db/raw.js';
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
  fulfilments: [],
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

/** The fulfilment entries of each of `obligationIds`, oldest first (date, then registration). */
export const fulfilmentsByObligations = (db: Database, obligationIds: readonly number[]) =>
  rowsByParents(db, obligationFulfilments, obligationFulfilments.obligationId, obligationIds,
    [asc(obligationFulfilments.date), asc(obligationFulfilments.id)]);

/** A fulfilment recorded by hand, with no shipment or payment behind it. */
export async function insertManualFulfilment(db: Database, values: { obligationId: number; date: string; amount: string }) {
  await db.insert(obligationFulfilments).values(values);
}

/** What a shipment or payment of an order under a contract fulfils. */
export interface Allocation {
  contractId: number;
  currency: string;
  /** A shipment fulfils what the company owes (DELIVERY, SERVICE); a payment what the counterparty owes (PAYMENT). */
  source: { shipmentId: number } | { paymentId: number };
  date: string;
  amount: string;
}

/**
 * Allocates `amount` to the contract's open obligations of the source's kind, oldest due first
 * (those without a due date last, then by id), writing one fulfilment entry per obligation reached
 * and raising its fulfilled amount and status, in one statement. The obligations are locked
 * (FOR UPDATE, in that same order) before their remaining amounts are read, so a concurrent
 * shipment or payment under the same contract waits and then allocates what is left: nothing is
 * fulfilled twice. What exceeds the open obligations stays unallocated. Answers how much was.
 */
export async function allocateFulfilment(db: Database, allocation: Allocation): Promise<string> {
  const shipmentId = 'shipmentId' in allocation.source ? allocation.source.shipmentId : null;
  const paymentId = 'paymentId' in allocation.source ? allocation.source.paymentId : null;
  const [debtor, kinds] = shipmentId !== null ? ['OURS', '{DELIVERY,SERVICE}'] : ['THEIRS', '{PAYMENT}'];
  const dueOrder = sql`coalesce(due_date, ${NO_DUE_DATE}::date), id`;
  const [row] = await executeRows<{ allocated: string | null }>(db, sql`
    with locked as (
      select id, due_date, amount - fulfilled_amount as remaining from ${obligations}
      where contract_id = ${allocation.contractId} and debtor = ${debtor}::obligation_debtor
        and kind = any(${kinds}::obligation_kind[]) and status in ('OPEN', 'PARTIALLY_FULFILLED')
        and amount is not null and currency = ${allocation.currency}
      order by ${dueOrder}
      for update
    ), allocated as (
      select id, least(remaining, greatest(${allocation.amount}::numeric - (sum(remaining) over (order by ${dueOrder}) - remaining), 0)) as take
      from locked
    ), written as (
      insert into ${obligationFulfilments} (obligation_id, shipment_id, payment_id, date, amount)
      select id, ${shipmentId}::bigint, ${paymentId}::bigint, ${allocation.date}::date, take from allocated where take > 0
    ), fulfilled as (
      update ${obligations} o
      set fulfilled_amount = o.fulfilled_amount + a.take,
          status = (case when o.fulfilled_amount + a.take >= o.amount then 'FULFILLED' else 'PARTIALLY_FULFILLED' end)::obligation_status,
          version = o.version + 1, updated_at = now()
      from allocated a where o.id = a.id and a.take > 0
      returning a.take
    )
    select sum(take)::text as allocated from fulfilled`);
  return row?.allocated ?? '0';
}
