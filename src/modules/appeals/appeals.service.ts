import type { Context } from '../../context.js';
import type { AppealRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { phoneNumber } from '../../lib/contact-details.js';
import { referenceKeyOrThrow, requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { payloadWriter, versionedRow, writeInTransaction } from '../../lib/write.js';
import { requireWriter } from '../auth/viewer.js';
import { publishChanges } from '../events/change-feed.js';
import { appealChange } from '../events/topics.js';
import type { ContactChannel } from '../chronicle/chronicle.repository.js';
import { checkMinutes, workerOf, writeWorkTime } from '../work-time/work-time.service.js';
import * as repository from './appeals.repository.js';
import { OPEN_STATUSES, type AppealFilter, type AppealInsert, type AppealStatus } from './appeals.repository.js';

const SUBJECT_MAX = 500;
const TEXT_MAX = 10_000;
const NAME_MAX = 200;
const EXTERNAL_ID_MAX = 200;
const NOTE_MAX = 5000;

/** Where an appeal may go from each status; CLOSED and REJECTED are final. */
export const TRANSITIONS: Record<AppealStatus, readonly AppealStatus[]> = {
  NEW: ['IN_PROGRESS', 'WAITING_FOR_CLIENT', 'RESOLVED', 'REJECTED'],
  IN_PROGRESS: ['WAITING_FOR_CLIENT', 'RESOLVED', 'REJECTED'],
  WAITING_FOR_CLIENT: ['IN_PROGRESS', 'RESOLVED', 'REJECTED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: [],
  REJECTED: [],
};

export interface AppealFilterInput {
  counterpartyId?: string | null;
  responsibleEmployeeId?: string | null;
  departmentId?: string | null;
  typeId?: string | null;
  statuses?: AppealStatus[] | null;
  overdue?: boolean | null;
}

function readFilter(where: AppealFilterInput | null | undefined): AppealFilter {
  return {
    counterpartyId: referenceKeyOrThrow(where?.counterpartyId, 'Counterparty', ['where', 'counterpartyId']),
    responsibleEmployeeId: referenceKeyOrThrow(where?.responsibleEmployeeId, 'Employee', ['where', 'responsibleEmployeeId']),
    departmentId: referenceKeyOrThrow(where?.departmentId, 'Department', ['where', 'departmentId']),
    typeId: referenceKeyOrThrow(where?.typeId, 'AppealType', ['where', 'typeId']),
    statuses: where?.statuses,
    overdue: where?.overdue,
  };
}

export const listAppeals = (ctx: Context, where: AppealFilterInput | null | undefined, args: PageArgs) =>
  repository.listAppeals(ctx.db, readFilter(where), new Date(), args);

export const getAppeal = (ctx: Context, id: string) => ctx.loaders.appeals.byId.load(requireKey(id, 'Appeal', ['id']));

/** Still open and past its due time, now. */
export const isOverdue = (appeal: AppealRow, now = new Date()) =>
  OPEN_STATUSES.includes(appeal.status) && appeal.dueAt !== null && appeal.dueAt < now;

const rememberAppeal = (ctx: Context, appeal: AppealRow) => {
  ctx.loaders.appeals.byId.clear(appeal.id).prime(appeal.id, appeal);
  ctx.loaders.appeals.actionsByAppealId.clear(appeal.id);
  if (appeal.counterpartyId !== null) ctx.loaders.appeals.byCounterpartyId.clear(appeal.counterpartyId);
};

/** Writes an appeal and its action in one transaction. */
const saveAppeal = payloadWriter('appeal', repository.uniqueFields, rememberAppeal);

export interface AppealFields {
  externalId?: string | null;
  counterpartyId?: string | null;
  callerName?: string | null;
  callerPhone?: string | null;
  channel?: ContactChannel | null;
  subject?: string | null;
  text?: string | null;
  importance?: AppealRow['importance'] | null;
  typeId?: string | null;
  dueAt?: Date | null;
  remindAt?: Date | null;
}

/** An appeal's own fields checked, references aside: what registration, change and the importer share. */
export function appealFieldValues(errors: InputErrors, input: AppealFields, creating: boolean): Partial<AppealInsert> {
  const values: Partial<AppealInsert> = {};
  if (input.externalId !== undefined) values.externalId = errors.text(['externalId'], input.externalId, { max: EXTERNAL_ID_MAX });
  if (creating || input.subject !== undefined) values.subject = errors.text(['subject'], input.subject, { required: true, max: SUBJECT_MAX }) ?? undefined;
  if (input.text !== undefined) values.text = errors.text(['text'], input.text, { max: TEXT_MAX });
  if (input.callerName !== undefined) values.callerName = errors.text(['callerName'], input.callerName, { max: NAME_MAX });
  if (input.callerPhone !== undefined) values.callerPhone = phoneNumber(errors, ['callerPhone'], input.callerPhone);
  values.channel = errors.notNull(['channel'], input.channel);
  values.importance = errors.notNull(['importance'], input.importance);
  if (input.dueAt !== undefined) values.dueAt = input.dueAt;
  if (input.remindAt !== undefined) values.remindAt = input.remindAt;
  return values;
}

/** Reads the references an appeal names; each one given but missing is an error on its field. */
async function references(
  ctx: Context, errors: InputErrors, input: { counterpartyId?: string | null; typeId?: string | null; departmentId?: string | null; responsibleEmployeeId?: string | null },
) {
  const counterpartyId = referenceKey(errors, ['counterpartyId'], input.counterpartyId, 'Counterparty');
  const typeId = referenceKey(errors, ['typeId'], input.typeId, 'AppealType');
  const departmentId = referenceKey(errors, ['departmentId'], input.departmentId, 'Department');
  const employeeId = referenceKey(errors, ['responsibleEmployeeId'], input.responsibleEmployeeId, 'Employee');
  const [counterparty, type, department, employee] = await Promise.all([
    counterpartyId != null ? ctx.loaders.counterparties.byId.load(counterpartyId) : null,
    typeId != null ? ctx.loaders.appeals.types.byId.load(typeId) : null,
    departmentId != null ? ctx.loaders.catalogues.departmentById.load(departmentId) : null,
    employeeId != null ? ctx.loaders.catalogues.employeeById.load(employeeId) : null,
  ]);
  requireFound(errors, ['counterpartyId'], counterpartyId, counterparty, 'counterparty');
  requireFound(errors, ['typeId'], typeId, type, 'appeal type');
  requireFound(errors, ['departmentId'], departmentId, department, 'department');
  requireFound(errors, ['responsibleEmployeeId'], employeeId, employee, 'employee');
  if (employee && !employee.active) errors.add(['responsibleEmployeeId'], 'INVALID_STATE', 'This employee is inactive and cannot be assigned appeals.');
  return { counterpartyId, typeId, departmentId, employeeId };
}

/** Registers an appeal: only the subject and the channel are required. Its REGISTERED action is written with it. */
export async function registerAppeal(ctx: Context, input: AppealFields & { subject: string; channel: ContactChannel; departmentId?: string | null; responsibleEmployeeId?: string | null }) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = appealFieldValues(errors, input, true);
  const refs = await references(ctx, errors, input);
  if (errors.any) return failed(errors);
  return saveAppeal(ctx, errors, async (tx) => {
    const appeal = await repository.insertAppeal(tx, {
      ...values, subject: values.subject!, channel: values.channel!, counterpartyId: refs.counterpartyId ?? null, typeId: refs.typeId ?? null,
      departmentId: refs.departmentId ?? null, responsibleEmployeeId: refs.employeeId ?? null,
    });
    await repository.insertAction(tx, {
      appealId: appeal.id, kind: 'REGISTERED', employeeId: ctx.viewer.employeeId, toStatus: appeal.status, visibleToClient: true,
      assignedEmployeeId: appeal.responsibleEmployeeId, assignedDepartmentId: appeal.departmentId,
    });
    await publishChanges(tx, appealChange('CREATED', appeal));
    return appeal;
  });
}

/** The appeal as it is now, at the version the client read. */
async function currentAppeal(ctx: Context, id: string, expectedVersion: number) {
  const key = requireKey(id, 'Appeal', ['input', 'id']);
  return { key, row: versionedRow(await repository.appealAtVersion(ctx.db, key, expectedVersion), 'Appeal', expectedVersion) };
}

export async function updateAppeal(ctx: Context, input: AppealFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentAppeal(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const values = appealFieldValues(errors, input, false);
  const refs = await references(ctx, errors, input);
  if (input.counterpartyId !== undefined) values.counterpartyId = refs.counterpartyId ?? null;
  if (input.typeId !== undefined) values.typeId = refs.typeId ?? null;
  if (errors.any) return failed(errors);
  return saveAppeal(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateAppeal(tx, key, input.expectedVersion, values), 'Appeal', input.expectedVersion);
    // An appeal moved to another counterparty leaves the first one's watchers too.
    const moved = row.counterpartyId !== saved.counterpartyId ? [appealChange('UPDATED', row)] : [];
    await publishChanges(tx, appealChange('UPDATED', saved), ...moved);
    return saved;
  });
}

/** Hands an appeal to a department and/or an employee; the handover is an action of its chronicle. */
export async function assignAppeal(
  ctx: Context, input: { id: string; expectedVersion: number; departmentId?: string | null; responsibleEmployeeId?: string | null; comment?: string | null },
) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentAppeal(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const refs = await references(ctx, errors, input);
  const comment = errors.text(['comment'], input.comment, { max: NOTE_MAX });
  if (!OPEN_STATUSES.includes(row.status)) errors.add(['id'], 'INVALID_STATE', `Only an open appeal is handed over; this one is ${row.status}.`);
  if (input.departmentId === undefined && input.responsibleEmployeeId === undefined) {
    errors.add(['responsibleEmployeeId'], 'REQUIRED', 'Name the department, the employee or both the appeal is handed to.');
  }
  if (errors.any) return failed(errors);
  const values: Partial<AppealInsert> = {};
  if (input.departmentId !== undefined) values.departmentId = refs.departmentId ?? null;
  if (input.responsibleEmployeeId !== undefined) values.responsibleEmployeeId = refs.employeeId ?? null;
  return saveAppeal(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateAppeal(tx, key, input.expectedVersion, values), 'Appeal', input.expectedVersion);
    await repository.insertAction(tx, {
      appealId: key, kind: 'ASSIGNED', employeeId: ctx.viewer.employeeId, description: comment,
      assignedEmployeeId: saved.responsibleEmployeeId, assignedDepartmentId: saved.departmentId,
    });
    await publishChanges(tx, appealChange('ASSIGNED', saved));
    return saved;
  });
}

/** Moves an appeal to `status` along TRANSITIONS; the change is an action of its chronicle. */
export async function changeAppealStatus(
  ctx: Context, input: { id: string; expectedVersion: number; status: AppealStatus; resolution?: string | null; articleId?: string | null; comment?: string | null },
) {
  requireWriter(ctx.viewer);
  const { key, row } = await currentAppeal(ctx, input.id, input.expectedVersion);
  const errors = new InputErrors();
  const allowed = TRANSITIONS[row.status];
  if (!allowed.includes(input.status)) {
    errors.add(['status'], 'INVALID_STATE', allowed.length === 0
      ? `A ${row.status} appeal cannot change its status.`
      : `A ${row.status} appeal cannot become ${input.status}; it can become ${allowed.join(', ')}.`);
  }
  const resolution = input.resolution === undefined ? undefined : errors.text(['resolution'], input.resolution, { max: TEXT_MAX });
  const comment = errors.text(['comment'], input.comment, { max: NOTE_MAX });
  // An article of the knowledge base resolves it with its answer, unless a resolution is given too.
  const articleId = referenceKey(errors, ['articleId'], input.articleId, 'KnowledgeArticle');
  const article = articleId != null ? await ctx.loaders.appeals.articleById.load(articleId) : null;
  requireFound(errors, ['articleId'], articleId, article, 'knowledge-base article');
  if (articleId != null && input.status !== 'RESOLVED') errors.add(['articleId'], 'INVALID', 'An article is linked when the appeal is RESOLVED by it.');
  const resolvedBy = resolution ?? article?.answer;
  if (input.status === 'RESOLVED' && !(resolvedBy ?? row.resolution)) {
    errors.add(['resolution'], 'REQUIRED', 'A resolved appeal says how it was resolved: a resolution or an article.');
  }
  if (errors.any) return failed(errors);
  const values: Partial<AppealInsert> = { status: input.status };
  if (resolvedBy !== undefined) values.resolution = resolvedBy;
  if (article) values.articleId = article.id;
  if (input.status === 'RESOLVED') values.resolvedAt = new Date();
  if (input.status === 'IN_PROGRESS' && row.status === 'RESOLVED') values.resolvedAt = null;
  return saveAppeal(ctx, errors, async (tx) => {
    const saved = versionedRow(await repository.updateAppeal(tx, key, input.expectedVersion, values), 'Appeal', input.expectedVersion);
    await repository.insertAction(tx, {
      appealId: key, kind: 'STATUS_CHANGED', employeeId: ctx.viewer.employeeId, fromStatus: row.status, toStatus: saved.status, description: comment,
      visibleToClient: true,
    });
    await publishChanges(tx, appealChange('STATUS_CHANGED', saved));
    return saved;
  });
}

/** Work done on an appeal by an employee (the key's, by default): an action of its chronicle and, with minutes, a time entry, in one transaction. */
export async function recordAppealWork(
  ctx: Context,
  input: { appealId: string; description: string; minutes?: number | null; happenedAt?: Date | null; employeeId?: string | null; visibleToClient?: boolean | null },
) {
  requireWriter(ctx.viewer);
  const appealId = requireKey(input.appealId, 'Appeal', ['input', 'appealId']);
  const errors = new InputErrors();
  const description = errors.text(['description'], input.description, { required: true, max: NOTE_MAX });
  const minutes = checkMinutes(errors, 'minutes', input.minutes, false) ?? null;
  const author = await workerOf(ctx, errors, input.employeeId);
  const appeal = await ctx.loaders.appeals.byId.load(appealId);
  if (!appeal) errors.add(['appealId'], 'NOT_FOUND', 'No appeal has the id given in this field.');
  if (errors.any) return failed(errors);
  const action = await writeInTransaction(ctx.db, errors, {}, async (tx) => {
    const written = await repository.insertAction(tx, {
      appealId, kind: 'WORK', employeeId: author!.id, description, minutes, happenedAt: input.happenedAt ?? new Date(),
      visibleToClient: input.visibleToClient ?? false,
    });
    await writeWorkTime(tx, author, written.happenedAt, written.minutes, appeal!.counterpartyId, { appealActionId: written.id });
    await publishChanges(tx, appealChange('WORK_RECORDED', appeal!));
    return written;
  });
  if (!action) return failed(errors);
  ctx.loaders.appeals.actionsByAppealId.clear(appealId);
  return { appeal: appeal!, action, userErrors: [] };
}
