import { sql, type SQL } from 'drizzle-orm';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import { executeRows, parsedJson } from '../../db/raw.js';
import { claims, counterparties, orders, payments, type ClaimRow } from '../../db/schema/index.js';
import { notFound } from '../../lib/errors.js';
import { requireKey } from '../../lib/global-id.js';
import { loaderPerArguments, rowByKeyLoader } from '../../lib/loader.js';
import { periodEnd, periodStart, zonedPeriod, type ZonedPeriod } from '../../lib/zoned-period.js';
import { reportPeriod } from './report-period.js';
import { bucketOfDate, bucketOfInstant, type TimeBucket } from './time-buckets.js';

/** A counterparty's work history (`Counterparty.workHistory`, `Query.counterpartyWorkHistory`). */

interface CurrencyAmount { currency: string; amount: string }

export interface WorkHistoryPeriod {
  start: string | null;
  orders: number;
  purchases: CurrencyAmount[];
  averageDaysBetweenOrders: string | null;
  payments: number;
  paid: CurrencyAmount[];
  paidOnTime: number;
  paidLate: number;
  paidWithoutDueDate: number;
  averageDaysLate: string | null;
  claims: number;
  claimsByStatus: { status: ClaimRow['status']; count: number }[];
}

export interface WorkHistory {
  counterpartyId: number;
  bucket: TimeBucket;
  total: WorkHistoryPeriod;
  periods: WorkHistoryPeriod[];
}

export interface HistoryArgs { from: string; to: string; timeZone?: string | null; bucket?: TimeBucket | null }
type Asked = ZonedPeriod & { bucket: TimeBucket };

const STEP: Record<TimeBucket, string> = { MONTH: '1 month', QUARTER: '3 months', YEAR: '1 year' };

/**
 * Each counterparty's periods, in one statement for all of them: a row per bucket touching the
 * period (and one with a null start for the whole period, from ROLLUP), each figure grouped in SQL.
 * A counterparty that does not exist gets no rows.
 */
export async function workHistories(db: Database, counterpartyIds: readonly number[], asked: Asked): Promise<WorkHistory[]> {
  const bucketOf = (day: SQL) => bucketOfDate(asked.bucket, day);
  const inPeriod = (day: SQL) => sql`${day} between ${asked.from}::date and ${asked.to}::date`;
  const rowOf = (alias: string) => sql`${sql.raw(alias)}.counterparty_id = b.counterparty_id and ${sql.raw(alias)}.start is not distinct from b.start`;
  const amounts = (relation: string) => sql`(select coalesce(json_agg(json_build_object('currency', a.currency, 'amount', a.amount::numeric(18, 2)::text)
    order by a.currency), '[]'::json) from ${sql.raw(relation)} a where ${rowOf('a')})`;
  const rows = await executeRows<{
    counterparty_id: number | string; start: string | null; orders: number; purchases: unknown; average_gap: string | null;
    payments: number; paid: unknown; on_time: number; late: number; without_due: number; average_late: string | null;
    claims: number; claims_by_status: unknown;
  }>(db, sql`
    with cps as (select id from ${counterparties} where id = any(${sql.param([...counterpartyIds])}::bigint[])),
    buckets as (
      select cps.id as counterparty_id, b::date as start
      from cps, generate_series(${bucketOf(sql`${asked.from}::date`)}, ${bucketOf(sql`${asked.to}::date`)}, ${STEP[asked.bucket]}::interval) b
      union all
      select cps.id, null::date from cps
    ),
    -- Every POSTED order up to the period's end, so the first one in it measures from the one before.
    dated_orders as (
      select o.counterparty_id, o.date, ${bucketOf(sql`o.date`)} as start, o.currency, o.total,
        o.date - lag(o.date) over (partition by o.counterparty_id order by o.date, o.id) as gap
      from ${orders} o
      where o.counterparty_id in (select id from cps) and o.status = 'POSTED' and o.date <= ${asked.to}::date
    ),
    bought as (
      select counterparty_id, start, count(*)::int as orders, avg(gap) as gap
      from dated_orders where date >= ${asked.from}::date
      group by counterparty_id, rollup (start)
    ),
    purchases as (
      select counterparty_id, start, currency, sum(total) as amount
      from dated_orders where date >= ${asked.from}::date
      group by grouping sets ((counterparty_id, start, currency), (counterparty_id, currency))
    ),
    -- A payment's delay: its date less its order's expected payment date (null when the order has none).
    paid as (
      select o.counterparty_id, ${bucketOf(sql`p.date`)} as start, p.amount, o.currency, p.date - o.expected_payment_date as delay, o.expected_payment_date is null as without_due
      from ${payments} p join ${orders} o on o.id = p.order_id
      where o.counterparty_id in (select id from cps) and o.status = 'POSTED' and ${inPeriod(sql`p.date`)}
    ),
    paying as (
      select counterparty_id, start, count(*)::int as payments,
        count(*) filter (where delay <= 0)::int as on_time, count(*) filter (where delay > 0)::int as late,
        count(*) filter (where without_due)::int as without_due, avg(delay) filter (where delay > 0) as average_late
      from paid group by counterparty_id, rollup (start)
    ),
    paid_amounts as (
      select counterparty_id, start, currency, sum(amount) as amount
      from paid group by grouping sets ((counterparty_id, start, currency), (counterparty_id, currency))
    ),
    claims_made as (
      select c.counterparty_id, ${bucketOfInstant(asked.bucket, sql`c.registered_at`, asked.timeZone)} as start, c.status
      from ${claims} c
      where c.counterparty_id in (select id from cps) and c.registered_at >= ${periodStart(asked)} and c.registered_at < ${periodEnd(asked)}
    ),
    claimed as (
      select counterparty_id, start, status, count(*)::int as n from claims_made
      group by grouping sets ((counterparty_id, start, status), (counterparty_id, status))
    )
    select b.counterparty_id, b.start::text as start,
      coalesce(bo.orders, 0) as orders, ${amounts('purchases')} as purchases, round(bo.gap, 1)::text as average_gap,
      coalesce(pa.payments, 0) as payments, ${amounts('paid_amounts')} as paid,
      coalesce(pa.on_time, 0) as on_time, coalesce(pa.late, 0) as late, coalesce(pa.without_due, 0) as without_due,
      round(pa.average_late, 1)::text as average_late,
      coalesce((select sum(n) from claimed a where ${rowOf('a')}), 0)::int as claims,
      (select coalesce(json_agg(json_build_object('status', a.status, 'count', a.n) order by a.status), '[]'::json)
        from claimed a where ${rowOf('a')}) as claims_by_status
    from buckets b
    left join bought bo on ${rowOf('bo')}
    left join paying pa on ${rowOf('pa')}
    order by b.counterparty_id, b.start nulls first`);

  const histories = new Map<number, WorkHistory>();
  for (const row of rows) {
    const id = Number(row.counterparty_id);
    const period: WorkHistoryPeriod = {
      start: row.start, orders: row.orders, purchases: parsedJson<CurrencyAmount[]>(row.purchases), averageDaysBetweenOrders: row.average_gap,
      payments: row.payments, paid: parsedJson<CurrencyAmount[]>(row.paid), paidOnTime: row.on_time, paidLate: row.late,
      paidWithoutDueDate: row.without_due, averageDaysLate: row.average_late,
      claims: row.claims, claimsByStatus: parsedJson<WorkHistoryPeriod['claimsByStatus']>(row.claims_by_status),
    };
    // The rows come whole-period first (nulls first), then the buckets in order.
    if (row.start === null) histories.set(id, { counterpartyId: id, bucket: asked.bucket, total: period, periods: [] });
    else histories.get(id)!.periods.push(period);
  }
  return [...histories.values()];
}

/** Per (period, bucket): each counterparty's history, one statement for all counterparties asked in a tick. */
export const workHistoryLoaders = {
  byCounterpartyId: (db: Database) => loaderPerArguments((asked: Asked) =>
    rowByKeyLoader((ids: readonly number[]) => workHistories(db, ids, asked), (history) => history.counterpartyId)),
};

/** The checked period and bucket of a history's arguments; the period in `defaultZone` when they name none. */
export const askedOf = (args: HistoryArgs, defaultZone: string): Asked =>
  ({ ...zonedPeriod(reportPeriod(defaultZone, args)), bucket: args.bucket ?? 'MONTH' });

/** `Counterparty.workHistory`: through the loader, so a page of counterparties costs one statement. */
export async function counterpartyWorkHistory(ctx: Context, counterpartyId: number, args: HistoryArgs): Promise<WorkHistory> {
  return (await ctx.loaders.workHistory.byCounterpartyId(askedOf(args, ctx.timeZone)).load(counterpartyId))!;
}

/** `Query.counterpartyWorkHistory`: NOT_FOUND for a counterparty that does not exist. */
export async function workHistoryOf(ctx: Context, args: HistoryArgs & { counterpartyId: string }): Promise<WorkHistory> {
  const asked = askedOf(args, ctx.timeZone);
  const key = requireKey(args.counterpartyId, 'Counterparty', ['counterpartyId']);
  const history = await ctx.loaders.workHistory.byCounterpartyId(asked).load(key);
  if (!history) throw notFound('Counterparty', ['counterpartyId']);
  return history;
}
