import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { executeRows, parsedJson } from '../../db/raw.js';
import {
  chronicleEntries, claims, counterparties, dealOrders, deals, employees, orders, taskAssignees, tasks,
} from '../../db/schema/index.js';
import { periodEnd, periodStart, type ZonedPeriod } from '../../lib/zoned-period.js';
import { overdueAt } from '../tasks/tasks.repository.js';
import type { CurrencyAmount } from '../deals/deals.repository.js';

/** One employee's figures (see `ManagerPerformanceRow` in the schema). */
export interface ManagerPerformance {
  employeeId: number;
  contactsMade: number;
  contactMinutes: number;
  dealsWon: number;
  dealsWonAmounts: CurrencyAmount[];
  orders: number;
  revenue: CurrencyAmount[];
  claimsAgainst: number;
  overdueTasks: number;
}

/** Whose employees the report covers: the ones named (each with a row), else a department's or everyone's. */
export interface StaffScope {
  employeeIds: number[] | null;
  departmentId: number | null;
}

/** A measure's amounts per currency of one employee, as a JSON array by currency code. */
const amountsOf = (cte: string) => sql.raw(`coalesce((
  select json_agg(json_build_object('currency', a.currency, 'amount', round(a.amount, 2)::text) order by a.currency)
  from ${cte} a where a.employee_id = s.id and a.amount is not null), '[]'::json)`);

/**
 * The manager performance report: one CTE per measure, each grouped by employee in PostgreSQL and
 * read through its own index, joined on the employee; one statement. `startOfToday` is the first
 * instant of today in the report's zone: an open task due before it is overdue.
 */
export async function managerPerformance(
  db: Database, period: ZonedPeriod, scope: StaffScope, startOfToday: Date,
): Promise<ManagerPerformance[]> {
  const start = periodStart(period);
  const end = periodEnd(period);
  const staffCondition: SQL = scope.employeeIds !== null
    ? sql`e.id = any(${sql.param(scope.employeeIds)}::bigint[])`
    : scope.departmentId !== null ? sql`e.department_id = ${scope.departmentId}` : sql`true`;
  const rows = await executeRows<{
    id: string | number; contacts: number; minutes: number; deals_won: number; won_amounts: unknown;
    orders: number; revenue: unknown; claims: number; overdue: number;
  }>(db, sql`
    with staff as (
      select e.id, e.full_name, e.active from ${employees} e where ${staffCondition}
    ),
    contacts as (
      select c.responsible_employee_id as employee_id, count(*)::int as n, coalesce(sum(c.duration_minutes), 0)::int as minutes
      from ${chronicleEntries} c
      where c.status = 'DONE' and c.occurred_at >= ${start} and c.occurred_at < ${end}
        and c.responsible_employee_id in (select id from staff)
      group by 1
    ),
    won as (
      select d.assigned_employee_id as employee_id, d.currency, count(*)::int as n, sum(d.amount) as amount
      from ${deals} d
      where d.result in ('WON_CONTRACT', 'WON_PURCHASE') and d.closed_at >= ${start} and d.closed_at < ${end}
        and d.assigned_employee_id in (select id from staff)
      group by 1, 2
    ),
    won_counts as (select employee_id, sum(n)::int as n from won group by 1),
    -- An order is the employee's whose deal brought it; one in no deal (or a deal assigned to
    -- nobody) is the employee's responsible for its counterparty.
    sales as (
      select coalesce(d.assigned_employee_id, cp.responsible_employee_id) as employee_id, o.currency, count(*)::int as n, sum(o.total) as amount
      from ${orders} o
      join ${counterparties} cp on cp.id = o.counterparty_id
      left join ${dealOrders} l on l.order_id = o.id
      left join ${deals} d on d.id = l.deal_id
      where o.status = 'POSTED' and o.date between ${period.from}::date and ${period.to}::date
      group by 1, 2
    ),
    sale_counts as (select employee_id, sum(n)::int as n from sales where employee_id in (select id from staff) group by 1),
    at_fault as (
      select cl.employee_at_fault_id as employee_id, count(*)::int as n
      from ${claims} cl
      where cl.registered_at >= ${start} and cl.registered_at < ${end} and cl.employee_at_fault_id in (select id from staff)
      group by 1
    ),
    overdue as (
      select a.employee_id, count(*)::int as n
      from ${tasks} join ${taskAssignees} a on a.task_id = ${tasks.id}
      where ${overdueAt(startOfToday)} and a.employee_id in (select id from staff)
      group by 1
    )
    select s.id,
      coalesce(ct.n, 0) as contacts, coalesce(ct.minutes, 0) as minutes,
      coalesce(wc.n, 0) as deals_won, ${amountsOf('won')} as won_amounts,
      coalesce(sc.n, 0) as orders, ${amountsOf('sales')} as revenue,
      coalesce(af.n, 0) as claims, coalesce(od.n, 0) as overdue
    from staff s
    left join contacts ct on ct.employee_id = s.id
    left join won_counts wc on wc.employee_id = s.id
    left join sale_counts sc on sc.employee_id = s.id
    left join at_fault af on af.employee_id = s.id
    left join overdue od on od.employee_id = s.id
    where ${scope.employeeIds !== null ? sql`true` : sql`s.active or coalesce(ct.n, wc.n, sc.n, af.n, od.n) is not null`}
    order by s.full_name, s.id`);
  return rows.map((row) => ({
    employeeId: Number(row.id),
    contactsMade: row.contacts,
    contactMinutes: row.minutes,
    dealsWon: row.deals_won,
    dealsWonAmounts: parsedJson<CurrencyAmount[]>(row.won_amounts),
    orders: row.orders,
    revenue: parsedJson<CurrencyAmount[]>(row.revenue),
    claimsAgainst: row.claims,
    overdueTasks: row.overdue,
  }));
}
