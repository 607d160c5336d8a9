import { sql, type SQL } from 'drizzle-orm';

/** The calendar spans a report can split its period into (weeks start on Monday, as ISO's do). */
export type CalendarUnit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';
/** The spans of a counterparty's work history. */
export type TimeBucket = Extract<CalendarUnit, 'MONTH' | 'QUARTER' | 'YEAR'>;

/**
 * The first day of the `unit` a calendar date falls in, in SQL. The date is made a timestamp
 * without zone first: date_trunc of a bare date would go through timestamptz and the session's
 * zone, and could land on the day before.
 */
export const bucketOfDate = (unit: CalendarUnit, day: SQL) =>
  sql`date_trunc(${unit.toLowerCase()}::text, (${day})::timestamp)::date`;

/** The first day of the `unit` an instant falls in, counted in `timeZone`. */
export const bucketOfInstant = (unit: CalendarUnit, at: SQL, timeZone: string) =>
  sql`date_trunc(${unit.toLowerCase()}::text, ${at} at time zone ${timeZone}::text)::date`;
