import { sql, type SQL } from 'drizzle-orm';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import { executeRows, parsedJson } from '../../db/raw.js';
import {
  campaigns, chronicleEntries, counterparties, informationSources, orderLines, orders, prices, priceTypes,
} from '../../db/schema/index.js';
import { badInput } from '../../lib/errors.js';
import { requireKey } from '../../lib/global-id.js';
import { periodEnd, periodStart, zonedPeriod, type ZonedPeriod } from '../../lib/zoned-period.js';
import { reportPeriod } from './report-period.js';
import { participantCounterparties } from '../campaigns/campaigns.repository.js';
import { bucketOfDate, bucketOfInstant } from './time-buckets.js';

/** "Analysis of contacts and information sources" (`Query.sourceAnalysis`). */

export type SourceAnalysisGrouping = 'SOURCE' | 'CAMPAIGN' | 'MONTH';

export interface SourceAnalysisSales {
  currency: string;
  orders: number;
  amount: string;
  cost: string;
  uncostedAmount: string;
  profit: string;
}

export interface SourceAnalysisRow {
  informationSourceId: number;
  campaignId: number | null;
  /** The month's first day, when split by month. */
  month: string | null;
  contacts: number;
  newClients: number;
  orders: number;
  sales: SourceAnalysisSales[];
}

export interface SourceAnalysisArgs {
  from: string;
  to: string;
  timeZone?: string | null;
  groupBy: readonly SourceAnalysisGrouping[];
  where?: { informationSourceIds?: readonly string[] | null; campaignIds?: readonly string[] | null } | null;
}

interface Choice {
  byCampaign: boolean;
  byMonth: boolean;
  sourceIds: number[] | null;
  campaignIds: number[] | null;
}

const keysOf = (ids: readonly string[] | null | undefined, type: string, field: string) =>
  (ids == null ? null : ids.map((id, i) => requireKey(id, type, ['where', field, String(i)])));

/** Checks the period, the grouping and the filter, then counts in one statement. */
export function sourceAnalysis(ctx: Context, args: SourceAnalysisArgs): Promise<SourceAnalysisRow[]> {
  const period = zonedPeriod(reportPeriod(ctx.timeZone, args));
  const groupBy = new Set(args.groupBy);
  if (groupBy.has('SOURCE') === groupBy.has('CAMPAIGN')) {
    throw badInput('groupBy takes exactly one of SOURCE and CAMPAIGN, and MONTH to split them by month.', ['groupBy']);
  }
  const byCampaign = groupBy.has('CAMPAIGN');
  if (args.where?.campaignIds != null && !byCampaign) {
    throw badInput('where.campaignIds filters campaigns: it needs CAMPAIGN in groupBy.', ['where', 'campaignIds']);
  }
  return analysis(ctx.db, period, {
    byCampaign,
    byMonth: groupBy.has('MONTH'),
    sourceIds: keysOf(args.where?.informationSourceIds, 'InformationSource', 'informationSourceIds'),
    campaignIds: keysOf(args.where?.campaignIds, 'Campaign', 'campaignIds'),
  });
}

const anyOf = (column: SQL, keys: number[] | null) => (keys === null ? sql`true` : sql`${column} = any(${sql.param(keys)}::bigint[])`);

/**
 * The groups (`key`, their source, campaign, name and the first day they count from) and the
 * counterparties attributed to each, as the two first CTEs of the statement.
 */
function groupsAndCounterparties(period: ZonedPeriod, choice: Choice): SQL {
  if (!choice.byCampaign) {
    return sql`
    grp as (
      select s.id as key, s.id as source_id, null::bigint as campaign_id, s.name, '-infinity'::date as since
      from ${informationSources} s where ${anyOf(sql`s.id`, choice.sourceIds)}
    ),
    attributed as (
      select g.key, cp.id as counterparty_id from grp g join ${counterparties} cp on cp.information_source_id = g.source_id
    )`;
  }
  return sql`
    grp as (
      select c.id as key, c.information_source_id as source_id, c.id as campaign_id, c.name, c.starts_on as since
      from ${campaigns} c
      where c.starts_on <= ${period.to}::date and ${anyOf(sql`c.information_source_id`, choice.sourceIds)} and ${anyOf(sql`c.id`, choice.campaignIds)}
    ),
    c as (select id, starts_on, ends_on from ${campaigns} where id in (select key from grp)),
    attributed as (
      select g.key, cp.id as counterparty_id from grp g join ${counterparties} cp on cp.information_source_id = g.source_id
      union
      select campaign_id, counterparty_id from (${participantCounterparties(sql`c`)}) reached
    )`;
}

async function analysis(db: Database, period: ZonedPeriod, choice: Choice): Promise<SourceAnalysisRow[]> {
  const monthOfInstant = (at: SQL) => (choice.byMonth ? bucketOfInstant('MONTH', at, period.timeZone) : sql`null::date`);
  const monthOfDate = (day: SQL) => (choice.byMonth ? bucketOfDate('MONTH', day) : sql`null::date`);
  const sameRow = (alias: string) => sql`${sql.raw(alias)}.key = k.key and ${sql.raw(alias)}.month is not distinct from k.month`;
  const money = (value: string) => sql.raw(`(${value})::numeric(18, 2)::text`);
  const rows = await executeRows<{
    source_id: number | string; campaign_id: number | string | null; month: string | null;
    contacts: number; new_clients: number; orders: number; sales: unknown;
  }>(db, sql`
    with ${groupsAndCounterparties(period, choice)},
    entries as (
      -- A DONE entry's occurred_at is when it happened: the bounds on it let the index find the period.
      select e.id, e.counterparty_id, e.information_source_id, e.happened_at from ${chronicleEntries} e
      where e.status = 'DONE' and e.happened_at >= ${periodStart(period)} and e.happened_at < ${periodEnd(period)}
        and e.occurred_at >= ${periodStart(period)} and e.occurred_at < ${periodEnd(period)}
    ),
    -- An entry naming a source counts for that source only; one naming none, for its counterparty's.
    contact_hits as (
      select g.key, e.id, e.happened_at from entries e join grp g on g.source_id = e.information_source_id
      union
      select a.key, e.id, e.happened_at from entries e join attributed a on a.counterparty_id = e.counterparty_id
      where e.information_source_id is null
    ),
    contacts as (
      select h.key, ${monthOfInstant(sql`h.happened_at`)} as month, count(*)::int as n
      from contact_hits h join grp g on g.key = h.key
      where h.happened_at >= g.since::timestamp at time zone ${period.timeZone}::text
      group by 1, 2
    ),
    first_orders as (
      select o.counterparty_id, min(o.date) as first_date from ${orders} o
      where o.status = 'POSTED' and o.counterparty_id in (select counterparty_id from attributed)
      group by o.counterparty_id
    ),
    new_clients as (
      select a.key, ${monthOfDate(sql`f.first_date`)} as month, count(*)::int as n
      from attributed a join grp g on g.key = a.key join first_orders f on f.counterparty_id = a.counterparty_id
      where f.first_date between greatest(${period.from}::date, g.since) and ${period.to}::date
      group by 1, 2
    ),
    sold_lines as (
      select a.key, ${monthOfDate(sql`o.date`)} as month, o.currency, o.id as order_id, l.amount,
        round(l.quantity * cost.price, 2) as cost
      from attributed a join grp g on g.key = a.key
      join ${orders} o on o.counterparty_id = a.counterparty_id and o.status = 'POSTED'
        and o.date between greatest(${period.from}::date, g.since) and ${period.to}::date
      join ${orderLines} l on l.order_id = o.id
      -- The cost price in force on the order date: the latest of the order currency's COST type not after it.
      left join lateral (
        select p.price from ${prices} p join ${priceTypes} t on t.id = p.price_type_id
        where p.product_id = l.product_id and t.purpose = 'COST' and t.currency = o.currency and p.effective_from <= o.date
        order by p.effective_from desc limit 1
      ) cost on true
    ),
    sales as (
      select key, month, currency, count(distinct order_id)::int as orders, sum(amount) as amount,
        coalesce(sum(cost), 0) as cost, coalesce(sum(amount) filter (where cost is null), 0) as uncosted
      from sold_lines group by 1, 2, 3
    ),
    keyed as (
      select key, month from contacts union select key, month from new_clients union select key, month from sales
    )
    select g.source_id, g.campaign_id, k.month::text as month, coalesce(ct.n, 0) as contacts, coalesce(nc.n, 0) as new_clients,
      coalesce((select sum(s.orders) from sales s where ${sameRow('s')}), 0)::int as orders,
      (select coalesce(json_agg(json_build_object(
        'currency', s.currency, 'orders', s.orders, 'amount', ${money('s.amount')}, 'cost', ${money('s.cost')},
        'uncostedAmount', ${money('s.uncosted')}, 'profit', ${money('s.amount - s.uncosted - s.cost')}
      ) order by s.currency), '[]'::json) from sales s where ${sameRow('s')}) as sales
    from keyed k join grp g on g.key = k.key
    left join contacts ct on ${sameRow('ct')}
    left join new_clients nc on ${sameRow('nc')}
    order by g.name, g.key, k.month`);
  return rows.map((row) => ({
    informationSourceId: Number(row.source_id),
    campaignId: row.campaign_id === null ? null : Number(row.campaign_id),
    month: row.month,
    contacts: row.contacts,
    newClients: row.new_clients,
    orders: row.orders,
    sales: parsedJson<SourceAnalysisSales[]>(row.sales),
  }));
}
