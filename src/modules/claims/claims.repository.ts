import { and, asc, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { allColumnsOf, isAnyOf, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { executeRows, parsedJson } from '../../db/raw.js';
import {
  claimCauses, claims, counterparties, orders, type ClaimRow,
} from '../../db/schema/index.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';
import { periodEnd, periodStart, type ZonedPeriod } from '../../lib/zoned-period.js';
import { folderTreeRepository } from '../folders/folders.repository.js';

export type ClaimInsert = typeof claims.$inferInsert;
export type ClaimStatus = ClaimRow['status'];
export type ClaimRegisteredVia = ClaimRow['registeredVia'];

/** The statuses of a claim still being worked off: past its due time it is overdue. */
export const OPEN_STATUSES: readonly ClaimStatus[] = ['REGISTERED', 'INVESTIGATING'];
/** The statuses that close a claim, each an outcome. */
export const CLOSED_STATUSES: readonly ClaimStatus[] = ['SATISFIED', 'PARTLY_SATISFIED', 'REJECTED', 'WITHDRAWN'];

/** The unique constraints a claim write can break through its input. */
export const uniqueFields: UniqueFields = {
  claims_external_id_key: { field: 'externalId', message: 'Another claim already has this externalId.' },
};

export const causes = folderTreeRepository(claimCauses, claims.causeId);

/** A claim filter with ids decoded; every given condition must hold. */
export interface ClaimFilter {
  counterpartyId?: number | null;
  statuses?: ClaimStatus[] | null;
  causeId?: number | null;
  departmentAtFaultId?: number | null;
  employeeAtFaultId?: number | null;
  responsibleEmployeeId?: number | null;
  registeredFrom?: Date | null;
  registeredTo?: Date | null;
  /** Open and past due (true), or not (false), at the instant `now`. */
  overdue?: boolean | null;
  registeredVia?: ClaimRegisteredVia | null;
}

/** Whether a claim is overdue at `now`: still open and past its due time. An instant, so no time zone enters. */
const overdueAt = (now: Date): SQL =>
  and(inArray(claims.status, [...OPEN_STATUSES]), isNotNull(claims.dueAt), lt(claims.dueAt, now))!;

function conditions(filter: ClaimFilter, now: Date): SQL | undefined {
  return and(
    filter.counterpartyId != null ? eq(claims.counterpartyId, filter.counterpartyId) : undefined,
    filter.statuses ? inArray(claims.status, filter.statuses) : undefined,
    filter.causeId != null ? inArray(claims.causeId, causes.subtree(filter.causeId)) : undefined,
    filter.departmentAtFaultId != null ? eq(claims.departmentAtFaultId, filter.departmentAtFaultId) : undefined,
    filter.employeeAtFaultId != null ? eq(claims.employeeAtFaultId, filter.employeeAtFaultId) : undefined,
    filter.responsibleEmployeeId != null ? eq(claims.responsibleEmployeeId, filter.responsibleEmployeeId) : undefined,
    filter.registeredFrom ? gte(claims.registeredAt, filter.registeredFrom) : undefined,
    filter.registeredTo ? lt(claims.registeredAt, filter.registeredTo) : undefined,
    filter.overdue != null ? (filter.overdue ? overdueAt(now) : sql`not (${overdueAt(now)})`) : undefined,
    filter.registeredVia ? eq(claims.registeredVia, filter.registeredVia) : undefined,
  );
}

/** Newest first. */
const newestFirst: SortKey<ClaimRow>[] = [sortBy.id<ClaimRow>(claims.id, true)];

export const listClaims = (db: Database, filter: ClaimFilter, now: Date, args: PageArgs) =>
  selectConnection(db, allColumnsOf(claims), conditions(filter, now), newestFirst, args);

export const claimsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, claims, ids);

/** The claims of all `counterpartyIds`, each counterparty's newest first. */
export const claimsByCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, claims, claims.counterpartyId, counterpartyIds, [desc(claims.id)]);

export const claimAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, claims, id, expectedVersion);

/** For imports: the claims with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<ClaimRow>(db, claims, 'external_id', externalIds);

export async function insertClaim(db: Database, values: ClaimInsert): Promise<ClaimRow> {
  const [row] = await db.insert(claims).values(values).returning();
  return row;
}

export const updateClaim = (db: Database, id: number, expectedVersion: number, values: Partial<ClaimInsert>) =>
  updateVersioned(db, claims, id, expectedVersion, values);

/**
 * The claims' statuses (and counterparties) under a share lock until the transaction ends: a task
 * opened on one of them under it cannot slip past a closing, which updates (and so waits for) the
 * same row. Missing claims are missing from the map.
 */
export async function lockedClaimStatuses(db: Database, ids: readonly number[]): Promise<Map<number, { status: ClaimStatus; counterpartyId: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: claims.id, status: claims.status, counterpartyId: claims.counterpartyId }).from(claims)
    .where(isAnyOf(claims.id, ids)).orderBy(asc(claims.id)).for('share');
  return new Map(rows.map(({ id, ...claim }) => [id, claim]));
}

/** Whether a claim in `status` is closed: a closed claim has no open task. */
export const isClosedStatus = (status: ClaimStatus) => CLOSED_STATUSES.includes(status);

// ---- Figures ----

/** Amounts of claims in one currency, as decimal strings. */
export interface ClaimAmounts { currency: string; claimed: string; granted: string }

export interface ClaimSummary {
  total: number;
  open: number;
  satisfied: number;
  partlySatisfied: number;
  rejected: number;
  withdrawn: number;
  amounts: ClaimAmounts[];
}

export const EMPTY_SUMMARY: ClaimSummary = { total: 0, open: 0, satisfied: 0, partlySatisfied: 0, rejected: 0, withdrawn: 0, amounts: [] };


/** A JSON array of per-currency sums of `rows` (a relation with currency, claimed, granted), by currency. */
const amountsJson = (rows: SQL, where: SQL) => sql`(
  select coalesce(json_agg(json_build_object(
    'currency', a.currency, 'claimed', round(coalesce(a.claimed, 0), 2)::text, 'granted', round(coalesce(a.granted, 0), 2)::text
  ) order by a.currency), '[]'::json) from ${rows} a where ${where})`;

/** Each counterparty's claims counted by outcome, with amounts per currency: one statement for all `counterpartyIds`. */
export async function summariesByCounterparties(db: Database, counterpartyIds: readonly number[]): Promise<Map<number, ClaimSummary>> {
  const ids = sql`${sql.param([...counterpartyIds])}::bigint[]`;
  const rows = await executeRows<{
    counterparty_id: number | string; total: number; open: number; satisfied: number; partly: number; rejected: number; withdrawn: number; amounts: unknown;
  }>(db, sql`
    with per_currency as (
      select counterparty_id, currency, sum(amount_claimed) as claimed, sum(amount_granted) as granted
      from ${claims} where counterparty_id = any(${ids}) and currency is not null
      group by counterparty_id, currency
    )
    select c.counterparty_id, count(*)::int as total,
      count(*) filter (where c.status in ('REGISTERED', 'INVESTIGATING'))::int as open,
      count(*) filter (where c.status = 'SATISFIED')::int as satisfied,
      count(*) filter (where c.status = 'PARTLY_SATISFIED')::int as partly,
      count(*) filter (where c.status = 'REJECTED')::int as rejected,
      count(*) filter (where c.status = 'WITHDRAWN')::int as withdrawn,
      ${amountsJson(sql`per_currency`, sql`a.counterparty_id = c.counterparty_id`)} as amounts
    from ${claims} c where c.counterparty_id = any(${ids})
    group by c.counterparty_id`);
  return new Map(rows.map((row) => [Number(row.counterparty_id), {
    total: row.total, open: row.open, satisfied: row.satisfied, partlySatisfied: row.partly, rejected: row.rejected, withdrawn: row.withdrawn,
    amounts: parsedJson<ClaimAmounts[]>(row.amounts),
  }]));
}

export interface ClaimDynamics { month: string; departmentAtFaultId: number | null; registered: number; closed: number; openAtEnd: number }

/**
 * Per month of the period in its time zone (optionally per department at fault): claims
 * registered, closed, and open at the month's end (or the period's, when it ends earlier).
 */
export async function dynamics(db: Database, period: ZonedPeriod, byDepartment: boolean): Promise<ClaimDynamics[]> {
  const tz = period.timeZone;
  const department = byDepartment ? sql`c.department_at_fault_id` : sql`null::bigint`;
  const rows = await executeRows<{ month: string; department_id: number | string | null; registered: number; closed: number; open_at_end: number }>(db, sql`
    with months as (
      select m::date as month,
        greatest(m at time zone ${tz}, ${periodStart(period)}) as m_start,
        least((m + interval '1 month') at time zone ${tz}, ${periodEnd(period)}) as m_end
      from generate_series(date_trunc('month', ${period.from}::date::timestamp), date_trunc('month', ${period.to}::date::timestamp), interval '1 month') as m
    )
    select months.month::text as month, ${department} as department_id,
      count(c.id) filter (where c.registered_at >= months.m_start and c.registered_at < months.m_end)::int as registered,
      count(c.id) filter (where c.closed_at >= months.m_start and c.closed_at < months.m_end)::int as closed,
      count(c.id) filter (where c.registered_at < months.m_end and (c.closed_at is null or c.closed_at >= months.m_end))::int as open_at_end
    from months
    left join ${claims} c on c.registered_at < months.m_end and (c.closed_at is null or c.closed_at >= months.m_start)
    group by months.month, 2
    ${byDepartment ? sql`having count(c.id) > 0` : sql``}
    order by months.month, 2 nulls first`);
  return rows.map((row) => ({
    month: row.month, departmentAtFaultId: row.department_id === null ? null : Number(row.department_id),
    registered: row.registered, closed: row.closed, openAtEnd: row.open_at_end,
  }));
}

export interface ClaimSatisfaction {
  causeId: number | null;
  closed: number;
  satisfied: number;
  partlySatisfied: number;
  rejected: number;
  withdrawn: number;
  satisfiedPercent: string;
  partlySatisfiedPercent: string;
  rejectedPercent: string;
  withdrawnPercent: string;
}

/** Per cause, the outcomes of the claims closed in the period, counted and as percentages. */
export async function satisfaction(db: Database, period: ZonedPeriod): Promise<ClaimSatisfaction[]> {
  const share = (status: ClaimStatus) => sql`round(100.0 * count(*) filter (where status = ${status}) / count(*), 2)::text`;
  const rows = await executeRows<{
    cause_id: number | string | null; closed: number; satisfied: number; partly: number; rejected: number; withdrawn: number;
    satisfied_percent: string; partly_percent: string; rejected_percent: string; withdrawn_percent: string;
  }>(db, sql`
    select cause_id, count(*)::int as closed,
      count(*) filter (where status = 'SATISFIED')::int as satisfied,
      count(*) filter (where status = 'PARTLY_SATISFIED')::int as partly,
      count(*) filter (where status = 'REJECTED')::int as rejected,
      count(*) filter (where status = 'WITHDRAWN')::int as withdrawn,
      ${share('SATISFIED')} as satisfied_percent, ${share('PARTLY_SATISFIED')} as partly_percent,
      ${share('REJECTED')} as rejected_percent, ${share('WITHDRAWN')} as withdrawn_percent
    from ${claims}
    where closed_at >= ${periodStart(period)} and closed_at < ${periodEnd(period)}
    group by cause_id
    order by closed desc, cause_id nulls last`);
  return rows.map((row) => ({
    causeId: row.cause_id === null ? null : Number(row.cause_id),
    closed: row.closed, satisfied: row.satisfied, partlySatisfied: row.partly, rejected: row.rejected, withdrawn: row.withdrawn,
    satisfiedPercent: row.satisfied_percent, partlySatisfiedPercent: row.partly_percent,
    rejectedPercent: row.rejected_percent, withdrawnPercent: row.withdrawn_percent,
  }));
}

export interface ClaimStructureEntry {
  rank: number;
  departmentAtFaultId: number | null;
  causeId: number | null;
  claims: number;
  percent: string;
  amounts: ClaimAmounts[];
}

export interface ClaimStructure { total: number; byDepartment: ClaimStructureEntry[]; byCause: ClaimStructureEntry[] }

/**
 * The claims registered in the period per department at fault and per cause (grouping sets of
 * one statement), ranked by their number, with their share and amounts per currency.
 */
export async function structure(db: Database, period: ZonedPeriod): Promise<ClaimStructure> {
  const rows = await executeRows<{
    by_cause: number; department_id: number | string | null; cause_id: number | string | null; claims: number; rank: number; percent: string; amounts: unknown; total: number;
  }>(db, sql`
    with period_claims as (
      select department_at_fault_id, cause_id, currency, amount_claimed, amount_granted from ${claims}
      where registered_at >= ${periodStart(period)} and registered_at < ${periodEnd(period)}
    ),
    totals as (select count(*)::int as total from period_claims),
    groups as (
      select grouping(department_at_fault_id) as by_cause, department_at_fault_id, cause_id, count(*)::int as claims
      from period_claims group by grouping sets ((department_at_fault_id), (cause_id))
    ),
    per_currency as (
      select grouping(department_at_fault_id) as by_cause, department_at_fault_id, cause_id, currency,
        sum(amount_claimed) as claimed, sum(amount_granted) as granted
      from period_claims where currency is not null
      group by grouping sets ((department_at_fault_id, currency), (cause_id, currency))
    )
    select g.by_cause, g.department_at_fault_id as department_id, g.cause_id, g.claims,
      rank() over (partition by g.by_cause order by g.claims desc)::int as rank,
      round(100.0 * g.claims / totals.total, 2)::text as percent,
      ${amountsJson(sql`per_currency`, sql`a.by_cause = g.by_cause and a.department_at_fault_id is not distinct from g.department_at_fault_id and a.cause_id is not distinct from g.cause_id`)} as amounts,
      totals.total
    from groups g cross join totals
    order by g.by_cause, g.claims desc, g.department_at_fault_id nulls last, g.cause_id nulls last`);
  const result: ClaimStructure = { total: rows[0]?.total ?? 0, byDepartment: [], byCause: [] };
  for (const row of rows) {
    const entry: ClaimStructureEntry = {
      rank: row.rank, claims: row.claims, percent: row.percent, amounts: parsedJson<ClaimAmounts[]>(row.amounts),
      departmentAtFaultId: row.department_id === null ? null : Number(row.department_id),
      causeId: row.cause_id === null ? null : Number(row.cause_id),
    };
    (Number(row.by_cause) === 1 ? result.byCause : result.byDepartment).push(entry);
  }
  return result;
}

export interface PartnerActivity {
  counterpartyId: number;
  month: string;
  orders: number;
  orderTotals: { currency: string; amount: string }[];
  claims: number;
}

/** Per partner and month: its POSTED orders (by date) with totals per currency, and its claims (registered, in the zone). */
export async function partnerActivity(db: Database, period: ZonedPeriod): Promise<PartnerActivity[]> {
  const rows = await executeRows<{ counterparty_id: number | string; month: string; orders: number; totals: unknown; claims: number }>(db, sql`
    with partners as (
      select id from ${counterparties} where roles @> array['PARTNER']::counterparty_role[]
    ),
    order_currency as (
      select o.counterparty_id, date_trunc('month', o.date)::date as month, o.currency, count(*)::int as n, sum(o.total) as total
      from ${orders} o join partners p on p.id = o.counterparty_id
      where o.status = 'POSTED' and o.date >= ${period.from}::date and o.date <= ${period.to}::date
      group by 1, 2, 3
    ),
    order_months as (
      select counterparty_id, month, sum(n)::int as orders,
        json_agg(json_build_object('currency', currency, 'amount', round(total, 2)::text) order by currency) as totals
      from order_currency group by 1, 2
    ),
    claim_months as (
      select c.counterparty_id, date_trunc('month', c.registered_at at time zone ${period.timeZone})::date as month, count(*)::int as claims
      from ${claims} c join partners p on p.id = c.counterparty_id
      where c.registered_at >= ${periodStart(period)} and c.registered_at < ${periodEnd(period)}
      group by 1, 2
    )
    select coalesce(o.counterparty_id, c.counterparty_id) as counterparty_id, coalesce(o.month, c.month)::text as month,
      coalesce(o.orders, 0) as orders, coalesce(o.totals, '[]'::json) as totals, coalesce(c.claims, 0) as claims
    from order_months o full join claim_months c on c.counterparty_id = o.counterparty_id and c.month = o.month
    order by 1, 2`);
  return rows.map((row) => ({
    counterpartyId: Number(row.counterparty_id), month: row.month, orders: row.orders,
    orderTotals: parsedJson<{ currency: string; amount: string }[]>(row.totals), claims: row.claims,
  }));
}
