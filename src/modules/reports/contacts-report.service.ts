import type { Context } from '../../context.js';
import { badInput } from '../../lib/errors.js';
import { zonedPeriod } from '../../lib/zoned-period.js';
import { readFilter, type ChronicleFilterInput } from '../chronicle/chronicle.service.js';
import * as repository from './contacts-report.repository.js';
import { reportPeriod, type ReportPeriodArgs } from './report-period.js';

export interface ContactsReportArgs extends ReportPeriodArgs {
  groupBy?: repository.ContactsGrouping[] | null;
  where?: ChronicleFilterInput | null;
}

/** The groupings asked, checked: each at most once, at most one time bucket. */
function readGroupBy(groupBy: readonly repository.ContactsGrouping[]): repository.ContactsGrouping[] {
  const repeated = groupBy.filter((grouping, i) => groupBy.indexOf(grouping) !== i);
  if (repeated.length > 0) throw badInput(`groupBy names ${repeated[0]} twice; give each grouping at most once.`, ['groupBy']);
  const buckets = groupBy.filter((grouping) => repository.TIME_BUCKETS.includes(grouping));
  if (buckets.length > 1) throw badInput(`groupBy takes one time bucket (DAY, WEEK or MONTH), got ${buckets.join(' and ')}.`, ['groupBy']);
  return [...groupBy];
}

/** The contacts report (see `contactsReport` in the schema). */
export async function contactsReport(ctx: Context, args: ContactsReportArgs) {
  const period = zonedPeriod(reportPeriod(ctx.timeZone, args));
  const groupBy = readGroupBy(args.groupBy ?? []);
  const report = await repository.contactsReport(ctx.db, period, groupBy, readFilter(args.where));
  return { ...report, groupBy, timeZone: period.timeZone };
}
