/** The period arguments every report takes. */
export interface ReportPeriodArgs {
  from: string;
  to: string;
  timeZone?: string | null;
}

/**
 * A report's period in the zone asked, else in the request's zone (`ctx.timeZone`: its key's
 * employee's, else DEFAULT_TIME_ZONE): a manager's "this month" and "today" are the manager's own,
 * as everywhere else "today" is taken. `zonedPeriod` checks it.
 */
export const reportPeriod = (requestZone: string, args: ReportPeriodArgs) => ({ from: args.from, to: args.to, timeZone: args.timeZone ?? requestZone });
