import { sql } from 'drizzle-orm';
import { DateTime, IANAZone } from 'luxon';
import { badInput } from './errors.js';

/** A period of whole days of a time zone: from the start of `from` to the end of `to`. */
export interface ZonedPeriod { from: string; to: string; timeZone: string }

/** The longest period an analysis covers, in days: about three years. */
export const ANALYTICS_MAX_DAYS = 1100;

/** An analysis's period, checked: `from` not after `to`, at most ANALYTICS_MAX_DAYS, a real IANA zone ('UTC' when omitted). */
export function zonedPeriod(args: { from: string; to: string; timeZone?: string | null }): ZonedPeriod {
  const timeZone = args.timeZone ?? 'UTC';
  if (!IANAZone.isValidZone(timeZone)) throw badInput(`"${timeZone}" is not an IANA time zone such as "Europe/Kyiv".`, ['timeZone']);
  if (args.to < args.from) throw badInput(`to (${args.to}) may not be before from (${args.from}).`, ['to']);
  const days = DateTime.fromISO(args.to).diff(DateTime.fromISO(args.from), 'days').days;
  if (days > ANALYTICS_MAX_DAYS) throw badInput(`An analysis covers at most ${ANALYTICS_MAX_DAYS} days; ask for a shorter period.`, ['to']);
  return { from: args.from, to: args.to, timeZone };
}

/** The period's first instant, in SQL: the start of `from` in its zone. */
export const periodStart = (p: ZonedPeriod) => sql`(${p.from}::date)::timestamp at time zone ${p.timeZone}`;
/** The instant after the period, in SQL: the start of the day after `to` in its zone. */
export const periodEnd = (p: ZonedPeriod) => sql`(${p.to}::date + 1)::timestamp at time zone ${p.timeZone}`;
