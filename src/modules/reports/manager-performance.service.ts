import type { Context } from '../../context.js';
import { badInput } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { zonedPeriod } from '../../lib/zoned-period.js';
import { startOfToday } from '../tasks/tasks.service.js';
import * as repository from './manager-performance.repository.js';
import { reportPeriod, type ReportPeriodArgs } from './report-period.js';

/** The most employees one call names: a page of managers to compare. */
const MAX_EMPLOYEES = 100;

export interface ManagerPerformanceArgs extends ReportPeriodArgs {
  employeeIds?: string[] | null;
  departmentId?: string | null;
}

function readScope(args: ManagerPerformanceArgs): repository.StaffScope {
  const ids = args.employeeIds ?? null;
  if (ids !== null && ids.length > MAX_EMPLOYEES) throw badInput(`employeeIds takes at most ${MAX_EMPLOYEES} employees, got ${ids.length}.`, ['employeeIds']);
  return {
    employeeIds: ids === null ? null : [...new Set(ids.map((id, i) => requireKey(id, 'Employee', ['employeeIds', String(i)])))],
    departmentId: referenceKeyOrThrow(args.departmentId, 'Department', ['departmentId']),
  };
}

/** The manager performance report (see `managerPerformance` in the schema); today is taken in the report's zone. */
export function managerPerformance(ctx: Context, args: ManagerPerformanceArgs) {
  const period = zonedPeriod(reportPeriod(ctx.timeZone, args));
  return repository.managerPerformance(ctx.db, period, readScope(args), startOfToday(period.timeZone));
}
