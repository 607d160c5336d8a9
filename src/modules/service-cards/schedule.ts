import { DateTime } from 'luxon';
import { civilFromDays, daysFromCivil, daysInMonth } from '../../lib/dates.js';

/**
 * The plan of visits of a service card, free of I/O, clock and time zone.
 *
 * The plan follows the periodicity from the period start, moves a visit that falls on the
 * client's day off to its next working day (never past the period end; never two visits on one
 * day), and stops at the planned number of contacts. Re-generating replaces the generated,
 * not-yet-done visits only: the caller passes the visits it keeps in `kept` (they hold their day
 * and count toward the limit) and, usually, `notBefore` as the day after the last kept visit.
 *
 * Dates are calendar dates 'YYYY-MM-DD'. Internally a date is a day number (days since
 * 1970-01-01), so moving day by day is integer arithmetic; luxon, in UTC, adds the months.
 */

export const PERIODICITIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'EVERY_N_DAYS', 'EVERY_N_WEEKS', 'EVERY_N_MONTHS'] as const;
export type Periodicity = (typeof PERIODICITIES)[number];

export interface WorkMode {
  /** ISO weekdays the client works: 1 = Monday … 7 = Sunday. */
  workingWeekdays: readonly number[];
  /** Dates the client does not work although the weekday is a working one. */
  holidays: readonly string[];
}

export interface ScheduleRules {
  /** First day of the service period. */
  periodStart: string;
  /** Last day of the service period, inclusive. */
  periodEnd: string;
  periodicity: Periodicity;
  /** N for the EVERY_N_* periodicities (1..366); ignored otherwise. */
  interval?: number | null;
  workMode: WorkMode;
  /** At most this many visits in the whole plan, kept ones included; null: as many as the period holds. */
  plannedContacts: number | null;
  /** Visits the plan keeps (done, missed, cancelled or otherwise kept): their dates hold a visit already and they count toward plannedContacts. */
  kept?: readonly string[];
  /** Plan no visit before this date (e.g. the day after the last kept visit); default periodStart. */
  notBefore?: string | null;
}

const MAX_INTERVAL = 366;

/**
 * The day number of a strict 'YYYY-MM-DD' calendar date, or null. Strict, because luxon's
 * fromISO also accepts times, week dates and ordinal dates, which are not calendar dates.
 */
function toDay(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

/**
 * The ISO date of a day number. Converting in integers rather than through luxon keeps a plan
 * of thousands of visits fast: luxon takes tens of microseconds per date.
 */
function fromDay(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO weekday of a day number: 1970-01-01 (day 0) was a Thursday (4). */
function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7 + 1;
}

/** How far one step of the periodicity goes: in days, or in calendar months. */
function stepOf(periodicity: Periodicity, interval: number | null | undefined): { days: number } | { months: number } | null {
  switch (periodicity) {
    case 'DAILY': return { days: 1 };
    case 'WEEKLY': return { days: 7 };
    case 'MONTHLY': return { months: 1 };
    case 'QUARTERLY': return { months: 3 };
    case 'HALF_YEARLY': return { months: 6 };
    case 'YEARLY': return { months: 12 };
    case 'EVERY_N_DAYS':
    case 'EVERY_N_WEEKS':
    case 'EVERY_N_MONTHS': {
      if (!validInterval(interval)) return null;
      if (periodicity === 'EVERY_N_DAYS') return { days: interval };
      if (periodicity === 'EVERY_N_WEEKS') return { days: 7 * interval };
      return { months: interval };
    }
    default: return null;
  }
}

function validInterval(interval: number | null | undefined): interval is number {
  return typeof interval === 'number' && Number.isInteger(interval) && interval >= 1 && interval <= MAX_INTERVAL;
}

/**
 * The nominal dates (day numbers) of the plan, ascending, from `from` through `end`. Month steps
 * are added to the start each time, never to the previous date, so a plan from Jan 31 goes
 * Feb 28 → Mar 31 rather than drifting to the 28th; luxon clamps to the end of a shorter month.
 */
function* nominalDays(start: number, end: number, from: number, step: { days: number } | { months: number }): Generator<number> {
  if ('days' in step) {
    const first = from > start ? Math.ceil((from - start) / step.days) : 0;
    for (let day = start + first * step.days; day <= end; day += step.days) yield day;
    return;
  }
  const startDate = DateTime.fromISO(fromDay(start), { zone: 'utc' });
  // Strictly increasing in k, since every step is at least one month.
  for (let k = 0; ; k++) {
    const day = toDay(startDate.plus({ months: k * step.months }).toISODate())!;
    if (day > end) return;
    if (day >= from) yield day;
  }
}

/**
 * The planned visit dates, ascending.
 *
 * Each nominal date on or after max(periodStart, notBefore) moves forward to the first day that
 * is a working weekday, not a holiday and not yet holding a visit (kept, or planned earlier in
 * this run); a visit that would move past periodEnd is dropped. Planning stops when the kept and
 * planned visits together reach plannedContacts.
 *
 * Meant for rules without scheduleRuleErrors; on invalid rules it returns what it can (often
 * nothing) and always terminates, since no search goes past periodEnd.
 */
export function planVisits(rules: ScheduleRules): string[] {
  const start = toDay(rules.periodStart);
  const end = toDay(rules.periodEnd);
  const step = stepOf(rules.periodicity, rules.interval);
  if (start === null || end === null || step === null || end < start) return [];

  const kept = rules.kept ?? [];
  const limit = rules.plannedContacts === null || rules.plannedContacts === undefined
    ? Number.POSITIVE_INFINITY
    : rules.plannedContacts - kept.length;
  if (!(limit > 0)) return [];

  const notBefore = toDay(rules.notBefore);
  const from = notBefore !== null && notBefore > start ? notBefore : start;

  const working = new Array<boolean>(8).fill(false);
  for (const weekday of rules.workMode.workingWeekdays) {
    if (Number.isInteger(weekday) && weekday >= 1 && weekday <= 7) working[weekday] = true;
  }
  // Sets, so that checking a day costs the same however long the lists are.
  const holidays = new Set<number>();
  for (const holiday of rules.workMode.holidays) {
    const day = toDay(holiday);
    if (day !== null) holidays.add(day);
  }
  const taken = new Set<number>();
  for (const visit of kept) {
    const day = toDay(visit);
    if (day !== null) taken.add(day);
  }

  const planned: number[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const nominal of nominalDays(start, end, from, step)) {
    // The planned days ascend: every free working day between this nominal date and the last
    // planned day, if any, would have been taken by the previous visit. So the search starts
    // after the last planned day, which keeps the whole run linear in the length of the period.
    let day = Math.max(nominal, last + 1);
    while (day <= end && (!working[isoWeekday(day)] || holidays.has(day) || taken.has(day))) day++;
    // Later nominal dates would land on or after this day too: nothing more fits in the period.
    if (day > end) break;
    planned.push(day);
    last = day;
    if (planned.length >= limit) break;
  }
  return planned.map(fromDay);
}

/** Why rules cannot be planned, as [field, message] pairs; empty when they can. */
export function scheduleRuleErrors(rules: ScheduleRules): Array<[field: string, message: string]> {
  const errors: Array<[field: string, message: string]> = [];
  const start = toDay(rules.periodStart);
  const end = toDay(rules.periodEnd);
  if (start === null) errors.push(['periodStart', 'The period start must be a date (YYYY-MM-DD).']);
  if (end === null) errors.push(['periodEnd', 'The period end must be a date (YYYY-MM-DD).']);
  if (start !== null && end !== null && end < start) {
    errors.push(['periodEnd', 'The period end must not be before the period start.']);
  }

  if (!(PERIODICITIES as readonly string[]).includes(rules.periodicity)) {
    errors.push(['periodicity', `Unknown periodicity ${String(rules.periodicity)}.`]);
  } else if (rules.periodicity.startsWith('EVERY_N_') && !validInterval(rules.interval)) {
    errors.push(['interval', `The interval must be a whole number from 1 to ${MAX_INTERVAL} for ${rules.periodicity}.`]);
  }

  const weekdays = rules.workMode.workingWeekdays;
  if (weekdays.length === 0) {
    errors.push(['workMode.workingWeekdays', 'At least one working weekday is needed.']);
  }
  const outside = weekdays.filter((weekday) => !(Number.isInteger(weekday) && weekday >= 1 && weekday <= 7));
  if (outside.length > 0) {
    errors.push(['workMode.workingWeekdays', `Weekdays are 1 (Monday) to 7 (Sunday), not ${outside.join(', ')}.`]);
  }
  const repeated = [...new Set(weekdays.filter((weekday, i) => weekdays.indexOf(weekday) !== i))];
  if (repeated.length > 0) {
    errors.push(['workMode.workingWeekdays', `Weekdays are repeated: ${repeated.join(', ')}.`]);
  }

  const badHolidays = rules.workMode.holidays.filter((holiday) => toDay(holiday) === null);
  if (badHolidays.length > 0) {
    errors.push(['workMode.holidays', `Holidays must be dates (YYYY-MM-DD), not ${badHolidays.map((h) => JSON.stringify(h)).join(', ')}.`]);
  }

  if (rules.plannedContacts !== null && rules.plannedContacts !== undefined
    && !(Number.isInteger(rules.plannedContacts) && rules.plannedContacts >= 1)) {
    errors.push(['plannedContacts', 'The planned number of contacts must be a whole number of at least 1.']);
  }

  const badKept = (rules.kept ?? []).filter((visit) => toDay(visit) === null);
  if (badKept.length > 0) {
    errors.push(['kept', `Kept visits must be dates (YYYY-MM-DD), not ${badKept.map((v) => JSON.stringify(v)).join(', ')}.`]);
  }
  if (rules.notBefore !== null && rules.notBefore !== undefined && toDay(rules.notBefore) === null) {
    errors.push(['notBefore', 'The earliest visit date must be a date (YYYY-MM-DD).']);
  }
  return errors;
}
