import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { executeRows } from '../../db/raw.js';
import {
  appeals, chronicleEntries, claims, counterparties, orders, serviceCards, serviceVisits, taskAssignees, tasks,
} from '../../db/schema/index.js';
import type { CursorValue } from '../../lib/connection.js';

export type CalendarEventKind = 'CONTACT' | 'TASK' | 'SERVICE_VISIT' | 'APPEAL' | 'CLAIM' | 'SHIPMENT' | 'PAYMENT';
export const EVENT_KINDS: readonly CalendarEventKind[] = ['CONTACT', 'TASK', 'SERVICE_VISIT', 'APPEAL', 'CLAIM', 'SHIPMENT', 'PAYMENT'];
export type Importance = 'KEY' | 'NORMAL' | 'LOW';

/** A calendar event as the statement answers it. */
export interface EventRow {
  at: Date;
  /** The event's day in the calendar's zone, ISO. */
  date: string;
  allDay: boolean;
  kind: CalendarEventKind;
  /** The record's id: a chronicle entry, task, visit, appeal, claim, or the order of a SHIPMENT or PAYMENT. */
  id: number;
  title: string;
  importance: Importance;
  counterpartyId: number | null;
}

export interface CalendarQuery {
  /** Whose events; null for everyone's. */
  employeeId: number | null;
  /** The zone days are taken in. */
  timeZone: string;
  /** First and last day (inclusive), ISO, in `timeZone`. */
  from: string | null;
  to: string | null;
  counterpartyId: number | null;
  kinds: readonly CalendarEventKind[];
  importances: readonly Importance[] | null;
}

/** Which page of the events: where to start and in which direction to read. */
export interface CalendarWindow {
  /** (at, kind, id) of the event to start after (forward) or before (backward). */
  cursor: CursorValue[] | null;
  /** Read the order reversed, from the end or from before `cursor`: `last`/`before`. */
  backward: boolean;
  limit: number;
}

/**
 * The events of every kind asked for, as a `UNION ALL` of one branch per kind (each reading its
 * own table through the employee's index) and the filters every event must pass, or null when
 * nothing can match. The page and the count both read from it.
 */
function events(q: CalendarQuery): { union: SQL; conditions: SQL[] } | null {
  const tz = q.timeZone;
  const mine = (column: SQL) => (q.employeeId === null ? sql`true` : sql`${column} = ${q.employeeId}`);
  // A moment is in the period when it falls within its days in the zone; a day when it is one of them.
  const momentIn = (at: SQL) => sql.join([
    q.from ? sql`${at} >= (${q.from}::date)::timestamp at time zone ${tz}` : sql`true`,
    q.to ? sql`${at} < (${q.to}::date + 1)::timestamp at time zone ${tz}` : sql`true`,
  ], sql` and `);
  const dayIn = (day: SQL) => sql.join([
    q.from ? sql`${day} >= ${q.from}::date` : sql`true`,
    q.to ? sql`${day} <= ${q.to}::date` : sql`true`,
  ], sql` and `);
  const moment = (at: SQL) => sql`${at} as at, ((${at}) at time zone ${tz})::date::text as day, false as all_day`;
  const wholeDay = (day: SQL) => sql`(${day})::timestamp at time zone ${tz} as at, (${day})::text as day, true as all_day`;

  const branches: Record<CalendarEventKind, SQL> = {
    CONTACT: sql`
      -- Every branch names its columns: the first one asked for gives the union its names.
      select ${moment(sql`c.planned_at`)}, 'CONTACT'::text as kind, c.id, c.subject as title, c.importance::text as importance, c.counterparty_id
      from ${chronicleEntries} c
      where c.status = 'PLANNED' and c.planned_at is not null and ${mine(sql`c.responsible_employee_id`)} and ${momentIn(sql`c.planned_at`)}`,
    TASK: sql`
      select ${moment(sql`t.due_at`)}, 'TASK'::text as kind, t.id, t.title, t.importance::text as importance, t.counterparty_id
      from ${tasks} t
      where t.status = 'OPEN' and ${momentIn(sql`t.due_at`)}
        ${q.employeeId === null ? sql`` : sql`and exists (select 1 from ${taskAssignees} a where a.task_id = t.id and a.employee_id = ${q.employeeId})`}`,
    SERVICE_VISIT: sql`
      select ${wholeDay(sql`v.planned_date`)}, 'SERVICE_VISIT'::text as kind, v.id, 'Service visit, card ' || s.number as title, cp.importance::text as importance, s.counterparty_id
      from ${serviceVisits} v join ${serviceCards} s on s.id = v.card_id join ${counterparties} cp on cp.id = s.counterparty_id
      where v.status = 'PLANNED' and ${mine(sql`coalesce(v.engineer_id, s.engineer_id)`)} and ${dayIn(sql`v.planned_date`)}`,
    APPEAL: sql`
      select ${moment(sql`a.due_at`)}, 'APPEAL'::text as kind, a.id, 'Appeal ' || a.number || ': ' || a.subject as title, a.importance::text as importance, a.counterparty_id
      from ${appeals} a
      where a.status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CLIENT') and a.due_at is not null
        and ${mine(sql`a.responsible_employee_id`)} and ${momentIn(sql`a.due_at`)}`,
    CLAIM: sql`
      select ${moment(sql`c.due_at`)}, 'CLAIM'::text as kind, c.id, 'Claim ' || c.number || ': ' || c.essence as title, cp.importance::text as importance, c.counterparty_id
      from ${claims} c join ${counterparties} cp on cp.id = c.counterparty_id
      where c.status in ('REGISTERED', 'INVESTIGATING') and c.due_at is not null
        and ${mine(sql`c.responsible_employee_id`)} and ${momentIn(sql`c.due_at`)}`,
    SHIPMENT: sql`
      select ${wholeDay(sql`o.expected_shipment_date`)}, 'SHIPMENT'::text as kind, o.id, 'Shipment of order ' || o.number as title, cp.importance::text as importance, o.counterparty_id
      from ${orders} o join ${counterparties} cp on cp.id = o.counterparty_id
      where o.status = 'POSTED' and o.expected_shipment_date is not null and o.shipped_amount < o.total
        and ${mine(sql`cp.responsible_employee_id`)} and ${dayIn(sql`o.expected_shipment_date`)}`,
    PAYMENT: sql`
      select ${wholeDay(sql`o.expected_payment_date`)}, 'PAYMENT'::text as kind, o.id, 'Payment of order ' || o.number as title, cp.importance::text as importance, o.counterparty_id
      from ${orders} o join ${counterparties} cp on cp.id = o.counterparty_id
      where o.status = 'POSTED' and o.expected_payment_date is not null and o.paid_amount < o.total
        and ${mine(sql`cp.responsible_employee_id`)} and ${dayIn(sql`o.expected_payment_date`)}`,
  };
  if (q.kinds.length === 0 || q.importances?.length === 0) return null;
  const union = sql.join(q.kinds.map((kind) => sql`(${branches[kind]})`), sql` union all `);
  const conditions = [
    q.counterpartyId !== null ? sql`e.counterparty_id = ${q.counterpartyId}` : null,
    q.importances ? sql`e.importance = any(${sql.param([...q.importances])}::text[])` : null,
  ].filter((c): c is SQL => c !== null);
  return { union, conditions };
}

const whereAll = (conditions: SQL[]) => (conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``);

/**
 * A page of the events sorted on (at, kind, id), in one statement: the keyset condition and the
 * limit apply to the whole union, so the cost is one statement per page however many events and
 * kinds there are. A backward page reads the order reversed; rows come in reading order.
 */
export async function calendarPage(db: Database, q: CalendarQuery, window: CalendarWindow): Promise<EventRow[]> {
  const found = events(q);
  if (!found || window.limit === 0) return [];
  const { cursor, backward } = window;
  const conditions = cursor
    ? [...found.conditions, sql`(e.at, e.kind, e.id) ${sql.raw(backward ? '<' : '>')} (${cursor[0]}::timestamptz, ${cursor[1]}::text, ${cursor[2]}::bigint)`]
    : found.conditions;
  const direction = sql.raw(backward ? 'desc' : 'asc');
  const rows = await executeRows<{
    at: Date | string; day: string; all_day: boolean; kind: CalendarEventKind; id: number | string; title: string; importance: Importance;
    counterparty_id: number | string | null;
  }>(db, sql`
    select e.at, e.day, e.all_day, e.kind, e.id, e.title, e.importance, e.counterparty_id
    from (${found.union}) as e
    ${whereAll(conditions)}
    order by e.at ${direction}, e.kind ${direction}, e.id ${direction}
    limit ${window.limit}`);
  return rows.map((row) => ({
    at: new Date(row.at), date: row.day, allDay: row.all_day, kind: row.kind, id: Number(row.id), title: row.title,
    importance: row.importance, counterpartyId: row.counterparty_id === null ? null : Number(row.counterparty_id),
  }));
}

/** How many events the calendar holds in all (every page), counted in one statement. */
export async function calendarCount(db: Database, q: CalendarQuery): Promise<number> {
  const found = events(q);
  if (!found) return 0;
  const [{ total }] = await executeRows<{ total: number | string }>(db, sql`
    select count(*) as total from (${found.union}) as e ${whereAll(found.conditions)}`);
  return Number(total);
}
