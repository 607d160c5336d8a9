import type { Context } from '../../context.js';

/** The period arguments every report takes. */
export interface ReportPeriodArgs {
  from: string;
  to: string;
  timeZone?: string | null;
}

/**
 * A report's period in the zone asked, else in the request's zone (its key's employee's, else
 * DEFAULT_TIME_ZONE): a manager's "this month" and "today" are the manager's own, as everywhere
 * else "today" is taken. `zonedPeriod` checks it.
 */
export const reportPeriod = (ctx: Context, args: ReportPeriodArgs) => ({ from: args.from, to: args.to, timeZone: args.timeZone ?? ctx.timeZone });
