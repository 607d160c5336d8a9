import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { givenKeysRelation, lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { allColumnsOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { executeRows, parsedJson } from '../../db/raw.js';
import {
  chronicleEntries, dealMoves, dealOrders, deals, lostReasons, type DealOrderRow, type DealRow, type LostReasonRow,
} from '../../db/schema/index.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { periodEnd, periodStart, type ZonedPeriod } from '../../lib/zoned-period.js';

export type DealInsert = typeof deals.$inferInsert;
export type DealMoveInsert = typeof dealMoves.$inferInsert;
export type DealColumn = DealRow['column'];
export type DealStage = DealRow['stage'];
export type DealResult = NonNullable<DealRow['result']>;

/** The funnel's columns in order. */
export const COLUMNS: readonly DealColumn[] = ['PROSPECT', 'INTERESTED', 'CONTACT_1', 'CONTACT_2', 'CONTACT_3', 'RESULT'];
export const STAGES: readonly DealStage[] = ['NEEDS', 'RFQ', 'OFFER', 'NEGOTIATION', 'ORDER'];
export const RESULTS: readonly DealResult[] = ['WON_CONTRACT', 'WON_PURCHASE', 'STILL_PROSPECT', 'LOST'];
/** The follow-up columns: a deal silent in one of them too long is due for a reminder. */
export const CONTACT_COLUMNS: readonly DealColumn[] = ['CONTACT_1', 'CONTACT_2', 'CONTACT_3'];

/** The unique constraints a deal or lost-reason write can break through its input. */
export const uniqueFields: UniqueFields = {
  deals_external_id_key: { field: 'externalId', message: 'Another deal already has this externalId.' },
};
export const lostReasonUniqueFields: UniqueFields = {
  lost_reasons_name_key: { field: 'name', message: 'Another lost reason already has this name.' },
};
export const orderLinkUniqueFields: UniqueFields = {
  deal_orders_order_id_key: { field: 'orderId', message: 'This order already belongs to a deal; an order is in at most one.' },
};

/** A deal filter with ids decoded; every given condition must hold. */
export interface DealFilter {
  counterpartyId?: number | null;
  campaignId?: number | null;
  assignedEmployeeId?: number | null;
  columns?: DealColumn[] | null;
  stages?: DealStage[] | null;
  result?: DealResult | null;
  followUpDue?: boolean | null;
  expectedFrom?: string | null;
  expectedTo?: string | null;
}

/**
 * The last DONE contact with the deal's counterparty or contact card, as a correlated expression of
 * `deals`: one subquery per owner column, each through its chronicle index.
 */
const lastDoneContact = sql`greatest(
  (select max(c.occurred_at) from ${chronicleEntries} c where c.counterparty_id = ${deals.counterpartyId} and c.status = 'DONE'),
  (select max(c.occurred_at) from ${chronicleEntries} c where c.contact_card_id = ${deals.contactCardId} and c.status = 'DONE'))`;

/**
 * Whether a deal is due for a reminder at `now`: in a CONTACT column, and neither moved nor
 * contacted (a DONE chronicle entry of its counterparty) for more than `days` days.
 */
function followUpDueAt(now: Date, days: number): SQL {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return and(
    inArray(deals.column, [...CONTACT_COLUMNS]),
    sql`greatest(${deals.lastMovedAt}, ${lastDoneContact}) < ${cutoff.toISOString()}::timestamptz`,
  )!;
}

function conditions(filter: DealFilter, now: Date, followUpDays: number): SQL | undefined {
  return and(
    filter.counterpartyId != null ? eq(deals.counterpartyId, filter.counterpartyId) : undefined,
    filter.campaignId != null ? eq(deals.campaignId, filter.campaignId) : undefined,
    filter.assignedEmployeeId != null ? eq(deals.assignedEmployeeId, filter.assignedEmployeeId) : undefined,
    filter.columns ? inArray(deals.column, filter.columns) : undefined,
    filter.stages ? inArray(deals.stage, filter.stages) : undefined,
    filter.result ? eq(deals.result, filter.result) : undefined,
    filter.followUpDue != null
      ? (filter.followUpDue ? followUpDueAt(now, followUpDays) : sql`not (${followUpDueAt(now, followUpDays)})`)
      : undefined,
    filter.expectedFrom ? gte(deals.expectedDate, filter.expectedFrom) : undefined,
    filter.expectedTo ? lte(deals.expectedDate, filter.expectedTo) : undefined,
  );
}

/** Newest first. */
const newestFirst: SortKey<DealRow>[] = [sortBy.id<DealRow>(deals.id, true)];

export const listDeals = (db: Database, filter: DealFilter, now: Date, followUpDays: number, args: PageArgs) =>
  selectConnection(db, allColumnsOf(deals), conditions(filter, now, followUpDays), newestFirst, args);

export const dealsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, deals, ids);

/** The deals of all `counterpartyIds`, each counterparty's newest first. */
export const dealsByCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, deals, deals.counterpartyId, counterpartyIds, [desc(deals.id)]);

/** Each counterparty's last DONE chronicle entry's time: one statement for all `counterpartyIds`. */
/** The last DONE contact with each deal's owner (counterparty or contact card), by deal id; none for a deal never contacted. */
export async function lastDoneContacts(db: Database, dealIds: readonly number[]): Promise<Map<number, Date>> {
  const rows = await executeRows<{ id: number | string; last: string | Date | null }>(db, sql`
    select ${deals.id} as id, ${lastDoneContact} as last from ${deals} where ${deals.id} = any(${sql.param([...dealIds])}::bigint[])`);
  return new Map(rows.filter((row) => row.last !== null).map((row) => [Number(row.id), new Date(row.last!)]));
}

/** A converted card's deals become its counterparty's; answers how many moved. */
export async function moveDealsToCounterparty(db: Database, contactCardId: number, counterpartyId: number): Promise<number> {
  const moved = await db.update(deals)
    .set({ counterpartyId, contactCardId: null, version: sql`${deals.version} + 1`, updatedAt: sql`now()` })
    .where(eq(deals.contactCardId, contactCardId)).returning({ id: deals.id });
  return moved.length;
}

/** The deals of all `contactCardIds`, each card's newest first. */
export const dealsByContactCards = (db: Database, contactCardIds: readonly number[]) =>
  rowsByParents(db, deals, deals.contactCardId, contactCardIds, [desc(deals.id)]);

export const dealAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, deals, id, expectedVersion);

/** The deal `id` under a share lock until the transaction ends (an order linked under it sees its counterparty). */
export async function lockedDeal(db: Database, id: number): Promise<DealRow | null> {
  const [row] = await db.select().from(deals).where(eq(deals.id, id)).for('share');
  return row ?? null;
}

/** For imports: the deals with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<DealRow>(db, deals, 'external_id', externalIds);

export async function insertDeal(db: Database, values: DealInsert): Promise<DealRow> {
  const [row] = await db.insert(deals).values(values).returning();
  return row;
}

export const updateDeal = (db: Database, id: number, expectedVersion: number, values: Partial<DealInsert>) =>
  updateVersioned(db, deals, id, expectedVersion, values);

// ---- History ----

export async function insertMove(db: Database, values: DealMoveInsert): Promise<void> {
  await db.insert(dealMoves).values(values);
}

/** Each deal's history, oldest first. */
export const movesByDeals = (db: Database, dealIds: readonly number[]) =>
  rowsByParents(db, dealMoves, dealMoves.dealId, dealIds, [asc(dealMoves.at), asc(dealMoves.id)]);

// ---- Orders ----

/** Each deal's order links, in the order they were made. */
export const orderLinksByDeals = (db: Database, dealIds: readonly number[]): Promise<Map<number, DealOrderRow[]>> =>
  rowsByParents(db, dealOrders, dealOrders.dealId, dealIds, [asc(dealOrders.id)]);

export async function linkOrder(db: Database, dealId: number, orderId: number): Promise<void> {
  await db.insert(dealOrders).values({ dealId, orderId });
}

/** Removes the link; false when the order was not linked to the deal. */
export async function unlinkOrder(db: Database, dealId: number, orderId: number): Promise<boolean> {
  const removed = await db.delete(dealOrders).where(and(eq(dealOrders.dealId, dealId), eq(dealOrders.orderId, orderId))).returning({ id: dealOrders.id });
  return removed.length > 0;
}

// ---- Lost reasons ----

export const listLostReasons = (db: Database, active: boolean | null | undefined): Promise<LostReasonRow[]> =>
  db.select().from(lostReasons).where(active == null ? undefined : eq(lostReasons.active, active)).orderBy(asc(sql`lower(${lostReasons.name})`), asc(lostReasons.id));

export const lostReasonsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, lostReasons, ids);

/** For imports: lost reasons by name, whatever the case, keyed by the name given. */
export async function lostReasonsByName(db: Database, names: readonly string[]): Promise<Map<string, { id: number; active: boolean }>> {
  if (names.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; active: boolean; key: string }>(db, sql`
    select r.id, r.active, given.key from ${lostReasons} r join ${givenKeysRelation(names)} on lower(r.name) = lower(given.key)`);
  return new Map(rows.map((row) => [row.key, { id: Number(row.id), active: row.active }]));
}

export async function insertLostReason(db: Database, values: typeof lostReasons.$inferInsert): Promise<LostReasonRow> {
  const [row] = await db.insert(lostReasons).values(values).returning();
  return row;
}

export const updateLostReason = (db: Database, id: number, expectedVersion: number, values: Partial<typeof lostReasons.$inferInsert>) =>
  updateVersioned(db, lostReasons, id, expectedVersion, values);

// ---- The funnel ----

/** An amount in one currency, as a decimal string. */
export interface CurrencyAmount { currency: string; amount: string }
export interface FunnelColumn { column: DealColumn; deals: number; amounts: CurrencyAmount[]; reached: number; conversion: string | null }
export interface FunnelStage { stage: DealStage; deals: number; amounts: CurrencyAmount[] }
export interface FunnelResult { result: DealResult; deals: number; amounts: CurrencyAmount[] }
export interface FunnelGroup { employeeId: number | null; deals: number; columns: FunnelColumn[]; stages: FunnelStage[]; results: FunnelResult[] }


/** `part` as a percentage of `whole`, two decimals, rounded half up; null when `whole` is 0. */
export function percent(part: number, whole: number): string | null {
  if (whole === 0) return null;
  const hundredths = Math.floor((20_000 * part + whole) / (2 * whole));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/**
 * The funnel of a period (see `salesFunnel` in the schema): where the period's deals stood at its
 * end per column, stage and result, and how many reached each column by a move in it, per
 * assigned employee when `byEmployee`. One statement; the groups are assembled here.
 */
export async function funnel(db: Database, period: ZonedPeriod, employeeId: number | null, byEmployee: boolean): Promise<FunnelGroup[]> {
  const start = periodStart(period);
  const end = periodEnd(period);
  const rows = await executeRows<{ employee_id: number | string | null; kind: string; key: string; deals: number; amounts: unknown }>(db, sql`
    with scoped as (
      select d.id, d.amount, d.currency, ${byEmployee ? sql`d.assigned_employee_id` : sql`null::bigint`} as employee_id
      from ${deals} d ${employeeId === null ? sql`` : sql`where d.assigned_employee_id = ${employeeId}`}
    ),
    moves as (
      select m.deal_id, m.at, m.id, m.to_column, m.to_stage, m.result
      from ${dealMoves} m join scoped s on s.id = m.deal_id where m.at < ${end}
    ),
    at_end as (select distinct on (deal_id) deal_id, to_column, to_stage, result from moves order by deal_id, at desc, id desc),
    at_start as (select distinct on (deal_id) deal_id, to_column from moves where at < ${start} order by deal_id, at desc, id desc),
    touched as (select deal_id, max(to_column) as furthest from moves where at >= ${start} group by deal_id),
    active as (
      select s.employee_id, s.amount, s.currency, e.to_column, e.to_stage, e.result
      from scoped s join at_end e on e.deal_id = s.id
      left join at_start b on b.deal_id = s.id
      left join touched t on t.deal_id = s.id
      where t.deal_id is not null or b.to_column <> 'RESULT'
    ),
    keyed as (
      select a.employee_id, a.amount, a.currency, k.kind, k.key
      from active a cross join lateral (values ('COLUMN', a.to_column::text), ('STAGE', a.to_stage::text), ('RESULT', a.result::text)) as k(kind, key)
      where k.key is not null
    ),
    counted as (select employee_id, kind, key, count(*)::int as deals from keyed group by 1, 2, 3),
    summed as (select employee_id, kind, key, currency, sum(amount) as amount from keyed where amount is not null group by 1, 2, 3, 4)
    select c.employee_id, c.kind, c.key, c.deals, coalesce((
      select json_agg(json_build_object('currency', s.currency, 'amount', round(s.amount, 2)::text) order by s.currency)
      from summed s where s.employee_id is not distinct from c.employee_id and s.kind = c.kind and s.key = c.key
    ), '[]'::json) as amounts
    from counted c
    union all
    select s.employee_id, 'REACHED', col::text, count(*)::int, '[]'::json
    from touched t join scoped s on s.id = t.deal_id cross join unnest(enum_range(null::deal_column)) as col
    where t.furthest >= col group by 1, 3
    union all
    select employee_id, 'TOTAL', '', count(*)::int, '[]'::json from active group by 1
    order by 1 nulls first`);

  const groups = new Map<number | null, { deals: number; figures: Map<string, { deals: number; amounts: CurrencyAmount[] }> }>();
  const groupOf = (id: number | null) => {
    let group = groups.get(id);
    if (!group) groups.set(id, group = { deals: 0, figures: new Map() });
    return group;
  };
  for (const row of rows) {
    const group = groupOf(row.employee_id === null ? null : Number(row.employee_id));
    if (row.kind === 'TOTAL') group.deals = row.deals;
    else group.figures.set(`${row.kind}:${row.key}`, { deals: row.deals, amounts: parsedJson<CurrencyAmount[]>(row.amounts) });
  }
  if (!byEmployee) groupOf(null);
  return [...groups.entries()].map(([id, group]) => {
    const figure = (kind: string, key: string) => group.figures.get(`${kind}:${key}`) ?? { deals: 0, amounts: [] };
    const reached = COLUMNS.map((column) => figure('REACHED', column).deals);
    return {
      employeeId: id,
      deals: group.deals,
      columns: COLUMNS.map((column, i) => ({
        column, ...figure('COLUMN', column), reached: reached[i], conversion: i === 0 ? null : percent(reached[i], reached[i - 1]),
      })),
      stages: STAGES.map((stage) => ({ stage, ...figure('STAGE', stage) })),
      results: RESULTS.map((result) => ({ result, ...figure('RESULT', result) })),
    };
  });
}
