import { DateTime } from 'luxon';

/**
 * Today's calendar date, ISO 8601, as every date rule (overdue obligations, current positions,
 * birthdays) sees it. It is the UTC date so that all servers and the database agree on it; views
 * in an employee's own time zone (the calendar) compute their own "today" from Employee.timeZone.
 */
export const today = (): string => DateTime.utc().toISODate()!;
