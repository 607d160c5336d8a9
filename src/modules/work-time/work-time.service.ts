import { DateTime } from 'luxon';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { EmployeeRow, ServiceVisitRow, TimeEntryRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { badInput, notFound } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey, toGlobalId } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import { requireWriter } from '../auth/viewer.js';
import * as repository from './work-time.repository.js';
import type { SummaryGrouping, SummaryPeriod, TimeEntryFilter } from './work-time.repository.js';

/** Minutes in a day: an entry is one day's work. */
export const MAX_MINUTES = 1440;
const COMMENT_MAX = 2000;
/** The longest range a summary groups, in days: about three years. */
const SUMMARY_MAX_DAYS = 1100;

export interface TimeEntryFilterInput { employeeId?: string | null; counterpartyId?: string | null; from?: string | null; to?: string | null }

function readFilter(where: TimeEntryFilterInput | null | undefined): TimeEntryFilter {
  return {
    employeeId: referenceKeyOrThrow(where?.employeeId, 'Employee', ['where', 'employeeId']),
    counterpartyId: referenceKeyOrThrow(where?.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    from: where?.from,
    to: where?.to,
  };
}

export const listEntries = (ctx: Context, where: TimeEntryFilterInput | null | undefined, args: PageArgs) =>
  repository.listEntries(ctx.db, readFilter(where), args);

export async function summary(
  ctx: Context, args: { from: string; to: string; by: SummaryGrouping[]; period?: SummaryPeriod | null; where?: TimeEntryFilterInput | null },
) {
  if (args.to < args.from) throw badInput(`to (${args.to}) may not be before from (${args.from}).`, ['to']);
  const days = DateTime.fromISO(args.to).diff(DateTime.fromISO(args.from), 'days').days;
  if (days > SUMMARY_MAX_DAYS) throw badInput(`A summary covers at most ${SUMMARY_MAX_DAYS} days; ask for a shorter range.`, ['to']);
  return repository.summary(ctx.db, { ...readFilter(args.where), from: args.from, to: args.to }, [...new Set(args.by)], args.period ?? null);
}

/** The day an instant falls on for the employee, in the employee's time zone. */
export const workDate = (at: Date, employee: Pick<EmployeeRow, 'timeZone'>) =>
  DateTime.fromJSDate(at, { zone: employee.timeZone }).toISODate()!;

/**
 * The entry a done visit writes for the engineer, in the visit's own transaction: the visit's
 * duration on the day it was done in the engineer's time zone. None without an engineer or a
 * duration.
 */
export async function writeVisitTime(
  tx: Database, visit: Pick<ServiceVisitRow, 'id'>, counterpartyId: number, engineer: EmployeeRow | null, doneAt: Date, minutes: number | null,
): Promise<void> {
  if (!engineer || !minutes) return;
  await repository.insertEntry(tx, {
    employeeId: engineer.id, date: workDate(doneAt, engineer), minutes, counterpartyId, serviceVisitId: visit.id,
  });
}

/** Minutes of one day's work: 1 to 1440. */
export function checkMinutes(errors: InputErrors, path: string, minutes: number | null | undefined, required: boolean): number | null | undefined {
  if (minutes == null) {
    if (required) errors.add([path], 'REQUIRED', `${path} is required.`);
    return minutes;
  }
  if (minutes < 1 || minutes > MAX_MINUTES) errors.add([path], 'OUT_OF_RANGE', `${path} is one day's work, 1 to ${MAX_MINUTES} minutes, got ${minutes}.`);
  return minutes;
}

const saving = payloadWriter('timeEntry', repository.uniqueFields, (ctx: Context, entry: TimeEntryRow) => {
  ctx.loaders.workTime.byId.clear(entry.id).prime(entry.id, entry);
});

interface EntryFields { date?: string | null; minutes?: number | null; counterpartyId?: string | null; comment?: string | null }

async function entryValues(ctx: Context, errors: InputErrors, input: EntryFields, creating: boolean) {
  const values: Partial<repository.TimeEntryInsert> = {};
  values.date = errors.notNull(['date'], input.date);
  values.minutes = checkMinutes(errors, 'minutes', errors.notNull(['minutes'], input.minutes), creating) ?? undefined;
  if (input.comment !== undefined) values.comment = errors.text(['comment'], input.comment, { max: COMMENT_MAX });
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  if (counterpartyId != null) requireFound(errors, ['counterpartyId'], counterpartyId, await ctx.loaders.counterparties.byId.load(counterpartyId), 'counterparty');
  if (input.counterpartyId !== undefined) values.counterpartyId = counterpartyId ?? null;
  return values;
}

export async function createEntry(ctx: Context, input: EntryFields & { employeeId?: string | null; date: string; minutes: number }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const employeeId = input.employeeId === undefined || input.employeeId === null
    ? ctx.viewer.employeeId
    : referenceKey(errors, ['employeeId'], input.employeeId, 'Employee');
  if (employeeId === null && input.employeeId == null) errors.add(['employeeId'], 'REQUIRED', 'employeeId is required: this API key belongs to no employee.');
  if (employeeId != null) requireFound(errors, ['employeeId'], employeeId, await ctx.loaders.catalogues.employeeById.load(employeeId), 'employee');
  const values = await entryValues(ctx, errors, input, true);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => repository.insertEntry(tx, { ...values, employeeId: employeeId!, date: values.date!, minutes: values.minutes! }));
}

export async function updateEntry(ctx: Context, input: EntryFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'TimeEntry', ['input', 'id']);
  const errors = new InputErrors();
  const values = await entryValues(ctx, errors, input, false);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, async (tx) =>
    versionedRow(await repository.updateEntry(tx, key, input.expectedVersion, values), 'TimeEntry', input.expectedVersion));
}

export async function deleteEntry(ctx: Context, input: { id: string }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'TimeEntry', ['input', 'id']);
  if (!(await repository.deleteEntry(ctx.db, key))) throw notFound('TimeEntry', ['input', 'id']);
  ctx.loaders.workTime.byId.clear(key);
  return { deletedId: toGlobalId('TimeEntry', key), userErrors: [] };
}
