import { and, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { executeRows } from '../../db/raw.js';
import { chronicleEntries, contactCards, counterparties, employees } from '../../db/schema/index.js';
import { periodEnd, periodStart, type ZonedPeriod } from '../../lib/zoned-period.js';
import { conditions, type ChronicleFilter, type ChronicleKind, type ContactChannel, type ContactDirection } from '../chronicle/chronicle.repository.js';
import { bucketOfInstant, type CalendarUnit } from './time-buckets.js';

/** What the contacts report groups by: a detail of the entries or a time bucket (at most one). */
export type ContactsGrouping = 'EMPLOYEE' | 'CHANNEL' | 'COUNTERPARTY' | 'DIRECTION' | 'KIND' | 'DAY' | 'WEEK' | 'MONTH';
export const TIME_BUCKETS: readonly ContactsGrouping[] = ['DAY', 'WEEK', 'MONTH'];

/** One group of the report: its keys (null when not grouped by, or the entry lacks the detail) and figures. */
export interface ContactsGroup {
  employeeId: number | null;
  channel: ContactChannel | null;
  counterpartyId: number | null;
  contactCardId: number | null;
  direction: ContactDirection | null;
  kind: ChronicleKind | null;
  periodStart: string | null;
  contacts: number;
  done: number;
  planned: number;
  cancelled: number;
  minutesSpent: number;
}

/** A time bucket of the report's zone as a dimension: the first day of each entry's day, week or month. */
const timeBucket = (unit: CalendarUnit, zone: string) =>
  ({ keys: { period_start: bucketOfInstant(unit, sql`${chronicleEntries.occurredAt}`, zone) }, order: [sql`s.period_start`] });

/**
 * Per dimension: the key columns it adds to the grouping (computed in the inner query, so that
 * GROUP BY names them rather than repeating expressions with their own parameters) and the order
 * its groups come in. Employees and counterparties are ordered by name, read by a join in the
 * same statement; the names themselves are not answered (the loaders read the rows).
 */
const DIMENSIONS: Record<ContactsGrouping, (zone: string) => { keys: Record<string, SQL>; order: SQL[] }> = {
  EMPLOYEE: () => ({
    keys: { employee_id: sql`${chronicleEntries.responsibleEmployeeId}` },
    order: [sql`min(e.full_name) nulls last`, sql`s.employee_id`],
  }),
  CHANNEL: () => ({ keys: { channel: sql`${chronicleEntries.channel}` }, order: [sql`s.channel nulls last`] }),
  COUNTERPARTY: () => ({
    keys: { counterparty_id: sql`${chronicleEntries.counterpartyId}`, contact_card_id: sql`${chronicleEntries.contactCardId}` },
    order: [sql`min(coalesce(cp.name, cc.company_name, cc.name)) nulls last`, sql`s.counterparty_id`, sql`s.contact_card_id`],
  }),
  DIRECTION: () => ({ keys: { direction: sql`${chronicleEntries.direction}` }, order: [sql`s.direction nulls last`] }),
  KIND: () => ({ keys: { kind: sql`${chronicleEntries.kind}` }, order: [sql`s.kind`] }),
  DAY: (zone) => timeBucket('DAY', zone),
  WEEK: (zone) => timeBucket('WEEK', zone),
  MONTH: (zone) => timeBucket('MONTH', zone),
};

/** Every key column a row may carry, in the order the answer reads them. */
const KEY_COLUMNS = ['employee_id', 'channel', 'counterparty_id', 'contact_card_id', 'direction', 'kind', 'period_start'] as const;

interface Row {
  grand_total: boolean;
  employee_id: string | number | null;
  channel: ContactChannel | null;
  counterparty_id: string | number | null;
  contact_card_id: string | number | null;
  direction: ContactDirection | null;
  kind: ChronicleKind | null;
  period_start: string | null;
  contacts: number;
  done: number;
  planned: number;
  cancelled: number;
  minutes: number;
}

const idOrNull = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * The entries of `period` matching `filter`, counted per group of `groupBy` and in total: one
 * statement, `GROUPING SETS` giving the groups and the grand total together. The period is read
 * from the `occurred_at` index.
 */
export async function contactsReport(
  db: Database, period: ZonedPeriod, groupBy: readonly ContactsGrouping[], filter: ChronicleFilter,
): Promise<{ rows: ContactsGroup[]; total: ContactsGroup }> {
  const dimensions = groupBy.map((grouping) => DIMENSIONS[grouping](period.timeZone));
  const keys = Object.assign({}, ...dimensions.map((dimension) => dimension.keys)) as Record<string, SQL>;
  const names = Object.keys(keys);
  // Qualified: the tables joined for the names have columns of the same names (`kind`).
  const qualified = sql.raw(names.map((name) => `s.${name}`).join(', '));
  // Dates as text: as the API answers them, whatever the driver makes of a date.
  const keyColumns = KEY_COLUMNS.map((name) => (names.includes(name) ? sql.raw(name === 'period_start' ? 's.period_start::text' : `s.${name}`) : sql`null`));
  const grouping = names.length === 0 ? sql`()` : sql`grouping sets ((${qualified}), ())`;
  const nameJoins = [
    groupBy.includes('EMPLOYEE') ? sql`left join ${employees} e on e.id = s.employee_id` : sql``,
    groupBy.includes('COUNTERPARTY')
      ? sql`left join ${counterparties} cp on cp.id = s.counterparty_id left join ${contactCards} cc on cc.id = s.contact_card_id`
      : sql``,
  ];
  const grandTotal = names.length === 0 ? sql`true` : sql`grouping(${qualified}) <> 0`;
  const order = [sql`grand_total`, ...dimensions.flatMap((dimension) => dimension.order)];
  const rows = await executeRows<Row>(db, sql`
    select ${grandTotal} as grand_total,
      ${sql.join(keyColumns.map((column, i) => sql`${column} as ${sql.raw(KEY_COLUMNS[i])}`), sql`, `)},
      count(*)::int as contacts,
      count(*) filter (where s.status = 'DONE')::int as done,
      count(*) filter (where s.status = 'PLANNED')::int as planned,
      count(*) filter (where s.status = 'CANCELLED')::int as cancelled,
      coalesce(sum(s.duration_minutes) filter (where s.status = 'DONE'), 0)::int as minutes
    from (
      select ${sql.join([...Object.entries(keys).map(([name, value]) => sql`${value} as ${sql.raw(name)}`),
        sql`${chronicleEntries.status} as status`, sql`${chronicleEntries.durationMinutes} as duration_minutes`], sql`, `)}
      from ${chronicleEntries}
      where ${and(
        sql`${chronicleEntries.occurredAt} >= ${periodStart(period)}`,
        sql`${chronicleEntries.occurredAt} < ${periodEnd(period)}`,
        conditions(filter),
      )}
    ) s ${sql.join(nameJoins, sql` `)}
    group by ${grouping}
    order by ${sql.join(order, sql`, `)}`);
  const groups = rows.map((row) => ({
    grandTotal: row.grand_total,
    group: {
      employeeId: idOrNull(row.employee_id), channel: row.channel, counterpartyId: idOrNull(row.counterparty_id),
      contactCardId: idOrNull(row.contact_card_id), direction: row.direction, kind: row.kind, periodStart: row.period_start,
      contacts: row.contacts, done: row.done, planned: row.planned, cancelled: row.cancelled, minutesSpent: row.minutes,
    } satisfies ContactsGroup,
  }));
  // An aggregate over no rows still answers the grand total (zeros); a group always has an entry.
  const total = groups.find((row) => row.grandTotal)!.group;
  const rest = groups.filter((row) => !row.grandTotal).map((row) => row.group);
  return { rows: names.length === 0 ? (total.contacts > 0 ? [total] : []) : rest, total };
}
