import { DateTime } from 'luxon';
import type { Context } from '../../context.js';
import { sql } from 'drizzle-orm';
import { readPage, toConnection, type Connection, type PageArgs, type SortKey } from '../../lib/connection.js';
import { badInput, notFound } from '../../lib/errors.js';
import { referenceKeyOrThrow } from '../../lib/global-id.js';
import * as repository from './calendar.repository.js';
import type { CalendarEventKind, EventRow, Importance } from './calendar.repository.js';

export type CalendarEventState = 'OVERDUE' | 'TODAY' | 'UPCOMING';

/** An event with its state, which depends on the calendar's zone. */
export interface CalendarEvent extends EventRow {
  state: CalendarEventState;
}

export interface CalendarPage extends Connection<CalendarEvent> {
  employeeId: number | null;
  timeZone: string;
  today: string;
}

/** The calendar's order: time, then kind, then the record's id; a cursor holds the three. */
const ORDER: SortKey<EventRow>[] = [
  { name: 'calendar.at', column: sql`e.at`, type: 'instant', descending: false, valueOf: (row) => row.at.toISOString() },
  { name: 'calendar.kind', column: sql`e.kind`, type: 'text', descending: false, valueOf: (row) => row.kind },
  { name: 'calendar.id', column: sql`e.id`, type: 'integer', descending: false, valueOf: (row) => row.id },
];

/** Where a day is against `today`: both ISO dates of one zone. */
export const stateOf = (date: string, today: string): CalendarEventState =>
  (date < today ? 'OVERDUE' : date === today ? 'TODAY' : 'UPCOMING');

export interface CalendarArgs extends PageArgs {
  employeeId?: string | null;
  from?: string | null;
  to?: string | null;
  where?: { counterpartyId?: string | null; kinds?: CalendarEventKind[] | null; importances?: Importance[] | null } | null;
}

/**
 * The calendar of an employee (the key's own by default; everyone's, in the request's zone,
 * when there is none): one statement for the page of events whatever their kinds and number,
 * plus one to read the employee's time zone when another employee is asked for.
 */
export async function calendar(ctx: Context, args: CalendarArgs): Promise<CalendarPage> {
  const asked = referenceKeyOrThrow(args.employeeId, 'Employee', ['employeeId']);
  let employeeId: number | null = ctx.viewer.employeeId;
  let timeZone = ctx.timeZone;
  if (asked != null && asked !== ctx.viewer.employeeId) {
    const employee = await ctx.loaders.catalogues.employeeById.load(asked);
    if (!employee) throw notFound('Employee', ['employeeId']);
    employeeId = employee.id;
    timeZone = employee.timeZone;
  }
  if (args.from && args.to && args.to < args.from) throw badInput(`to (${args.to}) may not be before from (${args.from}).`, ['to']);
  const counterpartyId = referenceKeyOrThrow(args.where?.counterpartyId, 'Counterparty', ['where', 'counterpartyId']) ?? null;
  const page = readPage(args, ORDER);
  if (page.cursor && !repository.EVENT_KINDS.includes(page.cursor[1] as CalendarEventKind)) {
    const argument = page.backward ? 'before' : 'after';
    throw badInput(`"${argument}" is a cursor of another list or order. Use a cursor from this connection.`, [argument]);
  }
  const today = DateTime.now().setZone(timeZone).toISODate()!;
  const query: repository.CalendarQuery = {
    employeeId, timeZone, from: args.from ?? null, to: args.to ?? null, counterpartyId,
    kinds: args.where?.kinds ? repository.EVENT_KINDS.filter((kind) => args.where!.kinds!.includes(kind)) : repository.EVENT_KINDS,
    importances: args.where?.importances ?? null,
  };
  const rows = await repository.calendarPage(ctx.db, query, { cursor: page.cursor, backward: page.backward, limit: page.size + 1 });
  const events = rows.map((row): CalendarEvent => ({ ...row, state: stateOf(row.date, today) }));
  // Counted only when a client selects totalCount: a second statement over the same union.
  const connection = toConnection<CalendarEvent>(events, page, ORDER, () => repository.calendarCount(ctx.db, query));
  return Object.assign(connection, { employeeId, timeZone, today });
}

/** The type of the global id of the record an event of `kind` comes from. */
export const RECORD_TYPE: Record<CalendarEventKind, string> = {
  CONTACT: 'ChronicleEntry', TASK: 'Task', SERVICE_VISIT: 'ServiceVisit', APPEAL: 'Appeal', CLAIM: 'Claim', SHIPMENT: 'Order', PAYMENT: 'Order',
};
