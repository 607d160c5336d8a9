import { DateTime } from 'luxon';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { EmployeeRow, TimeEntryRow } from '../../db/schema/index.js';
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
 * The time a recorded piece of work took (a visit done, work on an appeal), written to its
 * worker's journal in the work's own transaction, on the day it was done in the worker's time
 * zone; `on` links the entry to the work. Nothing without a worker or minutes.
 */
export async function writeWorkTime(
  tx: Database, worker: EmployeeRow | null, at: Date, minutes: number | null, counterpartyId: number | null,
  on: { serviceVisitId: number } | { appealActionId: number },
): Promise<void> {
  if (!worker || !minutes) return;
  await repository.insertEntry(tx, { employeeId: worker.id, date: workDate(at, worker), minutes, counterpartyId, ...on });
}

/**
 * Who did the work: the employee given in `employeeId`, else the API key's. A key without an
 * employee must name one (REQUIRED); an id that names nobody is NOT_FOUND.
 */
export async function workerOf(ctx: Context, errors: InputErrors, employeeId: string | null | undefined): Promise<EmployeeRow | null> {
  const key = employeeId == null ? ctx.viewer.employeeId : referenceKey(errors, ['employeeId'], employeeId, 'Employee');
  if (key === null && employeeId == null) errors.add(['employeeId'], 'REQUIRED', 'employeeId is required: this API key belongs to no employee.');
  const worker = key == null ? null : await ctx.loaders.catalogues.employeeById.load(key);
  requireFound(errors, ['employeeId'], key, worker, 'employee');
  return worker;
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
  const worker = await workerOf(ctx, errors, input.employeeId);
  const values = await entryValues(ctx, errors, input, true);
  if (errors.any) return failed(errors);
  return saving(ctx, errors, (tx) => repository.insertEntry(tx, { ...values, employeeId: worker!.id, date: values.date!, minutes: values.minutes! }));
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
