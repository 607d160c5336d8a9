import { DateTime } from 'luxon';
import type { Context } from '../../context.js';
import type { TaskRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { badInput } from '../../lib/errors.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import type { Database } from '../../db/client.js';
import { requireWriter } from '../auth/viewer.js';
import * as claimsRepository from '../claims/claims.repository.js';
import { publishChanges } from '../events/change-feed.js';
import { claimChange } from '../events/topics.js';
import * as repository from './tasks.repository.js';
import type { TaskFilter, TaskInsert, TaskStatus } from './tasks.repository.js';

const TITLE_MAX = 2000;
const TEXT_MAX = 5000;
const EXTERNAL_ID_MAX = 200;
export const MAX_ASSIGNEES = 20;

type Importance = TaskRow['importance'];

/** The first instant of the calendar day `date` (ISO) in `timeZone`. */
export const dayStart = (date: string, timeZone: string): Date => DateTime.fromISO(date, { zone: timeZone }).startOf('day').toJSDate();

/** The first instant of today in `timeZone`: what is due before it is overdue. */
export const startOfToday = (timeZone: string): Date => DateTime.now().setZone(timeZone).startOf('day').toJSDate();

/** OPEN and due on a day before today in `timeZone` (the viewer's): a task due later today is not overdue yet. */
export const isOverdue = (task: Pick<TaskRow, 'status' | 'dueAt'>, timeZone: string) =>
  task.status === 'OPEN' && task.dueAt < startOfToday(timeZone);

// ---- Reading ----

export interface TaskFilterInput {
  assigneeId?: string | null;
  statuses?: TaskStatus[] | null;
  counterpartyId?: string | null;
  claimId?: string | null;
  dueFrom?: string | null;
  dueTo?: string | null;
  overdue?: boolean | null;
}

function readFilter(ctx: Context, where: TaskFilterInput | null | undefined): TaskFilter {
  if (where?.dueFrom && where.dueTo && where.dueTo < where.dueFrom) {
    throw badInput(`dueTo (${where.dueTo}) may not be before dueFrom (${where.dueFrom}).`, ['where', 'dueTo']);
  }
  return {
    assigneeId: referenceKeyOrThrow(where?.assigneeId, 'Employee', ['where', 'assigneeId']),
    statuses: where?.statuses,
    counterpartyId: referenceKeyOrThrow(where?.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    claimId: referenceKeyOrThrow(where?.claimId, 'Claim', ['where', 'claimId']),
    dueFrom: where?.dueFrom ? dayStart(where.dueFrom, ctx.timeZone) : null,
    dueBefore: where?.dueTo ? DateTime.fromISO(where.dueTo, { zone: ctx.timeZone }).plus({ days: 1 }).startOf('day').toJSDate() : null,
    overdue: where?.overdue,
  };
}

export const listTasks = (ctx: Context, where: TaskFilterInput | null | undefined, args: PageArgs) =>
  repository.listTasks(ctx.db, readFilter(ctx, where), startOfToday(ctx.timeZone), args);

export const getTask = (ctx: Context, id: string) => ctx.loaders.tasks.byId.load(requireKey(id, 'Task', ['id']));

// ---- Writing ----

const remember = (ctx: Context, task: TaskRow) => {
  const { loaders } = ctx;
  loaders.tasks.byId.clear(task.id).prime(task.id, task);
  loaders.tasks.assigneesByTaskId.clear(task.id);
  loaders.tasks.byCounterpartyId.clearAll();
  loaders.tasks.byClaimId.clearAll();
  loaders.tasks.openByAssigneeId.clearAll();
};

const saveTask = payloadWriter('task', repository.uniqueFields, remember);

/** A task's own fields, links aside: what creation, change and the importer share. */
export interface TaskFields {
  externalId?: string | null;
  title?: string | null;
  description?: string | null;
  importance?: Importance | null;
  dueAt?: Date | null;
  remindAt?: Date | null;
}

/** Checks and normalises the own fields given; omitted ones stay out of the result. */
export function taskFieldValues(errors: InputErrors, input: TaskFields, creating: boolean): Partial<TaskInsert> {
  const values: Partial<TaskInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.title !== undefined) values.title = errors.text(['title'], input.title, { required: true, max: TITLE_MAX }) ?? undefined;
  if (input.description !== undefined) values.description = errors.text(['description'], input.description, { max: TEXT_MAX });
  if (input.importance !== undefined) values.importance = errors.notNull(['importance'], input.importance);
  if (creating && input.dueAt == null) errors.add(['dueAt'], 'REQUIRED', 'dueAt is required.');
  else if (input.dueAt !== undefined) values.dueAt = errors.notNull(['dueAt'], input.dueAt);
  if (input.remindAt !== undefined) values.remindAt = input.remindAt;
  return values;
}

/** The rules across fields of a task as it will be: a reminder comes before the due time, and only while open. */
export function checkTask(errors: InputErrors, task: Pick<TaskInsert, 'dueAt' | 'remindAt' | 'status'>) {
  if (task.remindAt && task.dueAt && task.remindAt > task.dueAt) {
    errors.add(['remindAt'], 'OUT_OF_RANGE', 'A reminder comes at or before the due time.');
  }
  if (task.remindAt && task.status && task.status !== 'OPEN') {
    errors.add(['remindAt'], 'INVALID_STATE', `A ${task.status} task has no reminder.`);
  }
}

/** The assignees given: 1 to MAX_ASSIGNEES distinct, existing, active employees. */
async function assignees(ctx: Context, errors: InputErrors, ids: readonly string[]): Promise<number[]> {
  if (ids.length === 0) errors.add(['assigneeIds'], 'REQUIRED', 'A task is assigned to at least one employee.');
  if (ids.length > MAX_ASSIGNEES) errors.add(['assigneeIds'], 'OUT_OF_RANGE', `A task has at most ${MAX_ASSIGNEES} assignees.`);
  const keys = ids.map((id, i) => referenceKey(errors, ['assigneeIds', i], id, 'Employee'));
  const found = await Promise.all(keys.map((key) => (key == null ? null : ctx.loaders.catalogues.employeeById.load(key))));
  const seen = new Set<number>();
  keys.forEach((key, i) => {
    if (key == null) return;
    requireFound(errors, ['assigneeIds', i], key, found[i], 'employee');
    if (found[i] && !found[i]!.active) errors.add(['assigneeIds', i], 'INVALID_STATE', 'This employee is inactive and cannot be given tasks.');
    if (seen.has(key)) errors.add(['assigneeIds', i], 'DUPLICATE', 'This employee is named twice; name each assignee once.');
    seen.add(key);
  });
  return [...seen];
}

interface TaskLinks {
  counterpartyId?: string | null;
  claimId?: string | null;
  appealId?: string | null;
  dealId?: string | null;
  contactCardId?: string | null;
}

/**
 * Reads the records a task is linked to: each given but missing is NOT_FOUND on its field. A
 * claim, appeal or deal of another counterparty than the task's is INVALID on its field; a task
 * linked to one of them and to no counterparty takes its counterparty. Answers the values to
 * write: a field given as null clears its link, one left out is not among them.
 */
async function links(ctx: Context, errors: InputErrors, input: TaskLinks, current: Partial<TaskRow>) {
  const keys = {
    counterpartyId: referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty'),
    claimId: referenceKey(errors, ['claimId'], input.claimId, 'Claim'),
    appealId: referenceKey(errors, ['appealId'], input.appealId, 'Appeal'),
    dealId: referenceKey(errors, ['dealId'], input.dealId, 'Deal'),
    contactCardId: referenceKey(errors, ['contactCardId'], input.contactCardId, 'ContactCard'),
  };
  const load = <T>(key: number | null | undefined, loader: { load(key: number): Promise<T> }) => (key == null ? null : loader.load(key));
  // A link left out keeps the stored one, which must still agree with a counterparty given now.
  const kept = <K extends 'claimId' | 'appealId' | 'dealId'>(field: K) => (input[field] === undefined ? (current[field] ?? null) : keys[field]);
  const { loaders } = ctx;
  const [counterparty, claim, appeal, deal, card] = await Promise.all([
    load(keys.counterpartyId, loaders.counterparties.byId), load(kept('claimId'), loaders.claims.byId),
    load(kept('appealId'), loaders.appeals.byId), load(kept('dealId'), loaders.deals.byId), load(keys.contactCardId, loaders.contactCards.byId),
  ]);
  requireFound(errors, ['counterpartyId'], keys.counterpartyId, counterparty, 'counterparty');
  requireFound(errors, ['claimId'], keys.claimId, claim, 'claim');
  requireFound(errors, ['appealId'], keys.appealId, appeal, 'appeal');
  requireFound(errors, ['dealId'], keys.dealId, deal, 'deal');
  requireFound(errors, ['contactCardId'], keys.contactCardId, card, 'contact card');
  const values: Partial<TaskInsert> = {};
  for (const [field, key] of Object.entries(keys) as [keyof typeof keys, number | null | undefined][]) {
    if (input[field] !== undefined) values[field] = key ?? null;
  }
  let counterpartyId = values.counterpartyId !== undefined ? values.counterpartyId : (current.counterpartyId ?? null);
  const owners = [
    { field: 'claimId', what: 'claim', owner: claim?.counterpartyId },
    { field: 'appealId', what: 'appeal', owner: appeal?.counterpartyId },
    { field: 'dealId', what: 'deal', owner: deal?.counterpartyId },
  ] as const;
  for (const { field, what, owner } of owners) {
    if (owner == null) continue;
    if (counterpartyId == null && input.counterpartyId === undefined) {
      counterpartyId = owner;
      values.counterpartyId = owner;
    } else if (counterpartyId !== owner) {
      errors.add([field], 'INVALID', `This ${what} is another counterparty's than the task's.`);
    }
  }
  return values;
}

/**
 * A claim's rules for a task written in `tx`, before the write: an OPEN task is linked only to an
 * open claim (a closed claim has no open task: changeClaimStatus refuses to close it while one
 * is). The claims the task is and was linked to are read under a share lock, which a closing's
 * update of the claim waits for and which waits for it: no task opens on a claim while it closes.
 * Refused, it adds an INVALID_STATE error on `field` and answers false; else every one of those
 * claims hears TASK_CHANGED (in the write's transaction, so only when it commits).
 */
export async function keepClaimRules(
  tx: Database, errors: InputErrors, field: string[], task: { claimId: number | null; status: TaskStatus }, before?: { claimId: number | null },
): Promise<boolean> {
  const claimIds = [...new Set([task.claimId, before?.claimId].filter((id): id is number => id != null))];
  if (claimIds.length === 0) return true;
  const claims = await claimsRepository.lockedClaimStatuses(tx, claimIds);
  const claim = task.claimId == null ? undefined : claims.get(task.claimId);
  if (task.status === 'OPEN' && claim && claimsRepository.isClosedStatus(claim.status)) {
    errors.add(field, 'INVALID_STATE', `The claim is ${claim.status}: a closed claim has no open task. Reopen the claim (reopenClaim) to work on it again.`);
    return false;
  }
  await publishChanges(tx, ...[...claims].map(([id, { counterpartyId }]) => claimChange('TASK_CHANGED', { id, counterpartyId })));
  return true;
}

export interface CreateTaskInput extends TaskFields, TaskLinks {
  title: string;
  dueAt: Date;
  assigneeIds: string[];
}

export async function createTask(ctx: Context, input: CreateTaskInput) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = taskFieldValues(errors, input, true);
  const employeeIds = await assignees(ctx, errors, input.assigneeIds);
  Object.assign(values, await links(ctx, errors, input, {}));
  checkTask(errors, { ...values, status: 'OPEN', dueAt: values.dueAt ?? new Date(0) });
  if (errors.any) return failed(errors);
  return saveTask(ctx, errors, async (tx) => {
    if (!await keepClaimRules(tx, errors, ['claimId'], { claimId: values.claimId ?? null, status: 'OPEN' })) return null;
    const task = await repository.insertTask(tx, { ...values, title: values.title!, dueAt: values.dueAt! });
    await repository.replaceAssignees(tx, [{ taskId: task.id, employeeIds }]);
    return task;
  });
}

/** The task as it is now, at the version the client read. */
async function current(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Task', ['input', 'id']);
  return { key, row: versionedRow(await repository.taskAtVersion(ctx.db, key, expectedVersion), 'Task', expectedVersion) };
}

export async function updateTask(ctx: Context, input: TaskFields & TaskLinks & { id: string; expectedVersion: number; assigneeIds?: string[] | null }) {
  requireWriter(ctx.viewer);
  const { key, row } = await current(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  if (row.status !== 'OPEN') errors.add(['id'], 'INVALID_STATE', `Only an open task changes; this one is ${row.status}. Reopen it first.`);
  const values = taskFieldValues(errors, input, false);
  let employeeIds: number[] | null = null;
  if (input.assigneeIds === null) errors.add(['assigneeIds'], 'REQUIRED', 'A task is assigned to at least one employee; omit assigneeIds to keep them.');
  else if (input.assigneeIds !== undefined) employeeIds = await assignees(ctx, errors, input.assigneeIds);
  Object.assign(values, await links(ctx, errors, input, row));
  checkTask(errors, { ...row, ...values });
  if (errors.any) return failed(errors);
  return saveTask(ctx, errors, async (tx) => {
    const claimId = values.claimId !== undefined ? values.claimId : row.claimId;
    if (!await keepClaimRules(tx, errors, ['claimId'], { claimId, status: row.status }, row)) return null;
    const saved = versionedRow(await repository.updateTask(tx, key, input.expectedVersion, values), 'Task', input.expectedVersion);
    if (employeeIds) await repository.replaceAssignees(tx, [{ taskId: key, employeeIds }]);
    return saved;
  });
}

/** Moves a task to `status`: DONE or CANCELLED from OPEN (its reminder dropped), or OPEN again. */
async function changeStatus(ctx: Context, input: { id: string; expectedVersion: number; result?: string | null }, status: TaskStatus) {
  requireWriter(ctx.viewer);
  const { key, row } = await current(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const reopening = status === 'OPEN';
  if (reopening && row.status === 'OPEN') errors.add(['id'], 'INVALID_STATE', 'The task is open already.');
  if (!reopening && row.status !== 'OPEN') errors.add(['id'], 'INVALID_STATE', `Only an open task can become ${status}; this one is ${row.status}.`);
  const values: Partial<TaskInsert> = reopening
    ? { status, closedAt: null, result: null }
    : { status, closedAt: new Date(), remindAt: null };
  if (input.result !== undefined) values.result = errors.text(['result'], input.result, { max: TEXT_MAX });
  if (errors.any) return failed(errors);
  return saveTask(ctx, errors, async (tx) => {
    if (!await keepClaimRules(tx, errors, ['id'], { claimId: row.claimId, status })) return null;
    return versionedRow(await repository.updateTask(tx, key, input.expectedVersion, values), 'Task', input.expectedVersion);
  });
}

export const completeTask = (ctx: Context, input: { id: string; expectedVersion: number; result?: string | null }) => changeStatus(ctx, input, 'DONE');
export const cancelTask = (ctx: Context, input: { id: string; expectedVersion: number }) => changeStatus(ctx, input, 'CANCELLED');
export const reopenTask = (ctx: Context, input: { id: string; expectedVersion: number }) => changeStatus(ctx, input, 'OPEN');
