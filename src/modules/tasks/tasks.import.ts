import { sql } from 'drizzle-orm';
import type { TaskImportRow } from '../../../schema/types.generated.js';
import type { Database } from '../../db/client.js';
import { isAnyOf } from '../../db/json-rows.js';
import { tasks, type TaskRow } from '../../db/schema/index.js';
import * as cataloguesRepository from '../catalogues/catalogues.repository.js';
import * as claimsRepository from '../claims/claims.repository.js';
import * as counterpartiesRepository from '../counterparties/counterparties.repository.js';
import { publishChanges } from '../events/change-feed.js';
import { claimChange } from '../events/topics.js';
import type { Importer, ImportMode, PendingRow } from '../imports/import-runner.js';
import { givenKeys, resolvedEmployee, resolvedKey } from '../imports/natural-keys.js';
import { upsertRecords } from '../imports/record-upsert.js';
import * as repository from './tasks.repository.js';
import { checkTask, MAX_ASSIGNEES, taskFieldValues } from './tasks.service.js';

type Checked = Partial<repository.TaskInsert>;
type Row = PendingRow<TaskImportRow, Checked>;

/**
 * `importTasks`: a task's own fields checked by the same rules as createTask and updateTask; the
 * assignees are named by e-mail (active employees; when given they replace the stored ones), the
 * counterparty by `externalId`. A row may set the status: DONE or CANCELLED closes the task (now)
 * and drops its reminder, OPEN reopens it.
 */
export const taskImporter: Importer<TaskImportRow, Checked> = {
  operation: 'importTasks',
  typeName: 'Task',
  check: (row, errors) => {
    const values = taskFieldValues(errors, row, false);
    if (!values.externalId) errors.add(['externalId'], 'REQUIRED', 'externalId is required: rows are matched by it.');
    if (row.status !== undefined) values.status = errors.notNull(['status'], row.status);
    if (row.result !== undefined) values.result = errors.text(['result'], row.result, { max: 5000 });
    if (row.assigneeEmails != null && (row.assigneeEmails.length === 0 || row.assigneeEmails.length > MAX_ASSIGNEES)) {
      errors.add(['assigneeEmails'], 'OUT_OF_RANGE', `A task has 1 to ${MAX_ASSIGNEES} assignees.`);
    } else if (row.assigneeEmails === null) {
      errors.add(['assigneeEmails'], 'REQUIRED', 'A task is assigned to at least one employee; omit assigneeEmails to keep them.');
    }
    return values;
  },
  write: writeTasks,
};

const sameIds = (a: readonly number[], b: readonly number[]) => a.length === b.length && [...a].sort().every((id, i) => id === [...b].sort()[i]);

async function writeTasks(tx: Database, rows: Row[], mode: ImportMode): Promise<void> {
  const input = rows.map((row) => row.row);
  const [stored, counterpartyIds, employees] = await Promise.all([
    repository.lockedByExternalIds(tx, rows.map((row) => row.key)),
    counterpartiesRepository.idsByExternalIds(tx, givenKeys(input, (row) => row.counterpartyExternalId)),
    cataloguesRepository.employeesByEmail(tx, [...new Set(input.flatMap((row) => givenKeys(row.assigneeEmails ?? [], (email) => email)))]),
  ]);
  const storedByKey = new Map(stored.map((task) => [task.externalId!, task]));
  const [storedAssignees, claims] = await Promise.all([
    repository.assigneeIdsByTasks(tx, stored.map((task) => task.id)),
    // The claims of the stored tasks, under the lock createTask takes (see keepClaimRules).
    claimsRepository.lockedClaimStatuses(tx, [...new Set(stored.flatMap((task) => (task.claimId == null ? [] : [task.claimId])))]),
  ]);
  const assigneesOf = new Map<Row, number[]>();
  const now = new Date();

  for (const row of rows) {
    const { errors, row: given, checked } = row;
    const current = storedByKey.get(row.key);
    const counterparty = resolvedKey(errors, ['counterpartyExternalId'], given.counterpartyExternalId, counterpartyIds, 'counterparty with the externalId');
    if (counterparty !== undefined) checked.counterpartyId = counterparty;
    if (given.assigneeEmails) {
      const ids = given.assigneeEmails.map((email, i) => resolvedEmployee(errors, ['assigneeEmails', i], email, employees));
      const distinct = [...new Set(ids.filter((id): id is number => id != null))];
      if (ids.some((id) => id === null) && !errors.any) errors.add(['assigneeEmails'], 'REQUIRED', 'An assignee\'s e-mail is blank.');
      if (distinct.length < ids.length && !errors.any) errors.add(['assigneeEmails'], 'DUPLICATE', 'An employee is named twice; name each assignee once.');
      assigneesOf.set(row, distinct);
    } else if (!current) {
      errors.add(['assigneeEmails'], 'REQUIRED', 'assigneeEmails is required for a new task.');
    }
    // The status closes or reopens the task; a closed task keeps no reminder.
    const status = checked.status ?? current?.status ?? 'OPEN';
    if (checked.status !== undefined && checked.status !== current?.status) checked.closedAt = status === 'OPEN' ? null : now;
    if (status !== 'OPEN' && checked.remindAt === undefined && current?.remindAt) checked.remindAt = null;
    checkTask(errors, { ...(current ?? {}), ...checked, status } as TaskRow);
    const claim = current?.claimId == null ? undefined : claims.get(current.claimId);
    if (status === 'OPEN' && claim && claimsRepository.isClosedStatus(claim.status)) {
      errors.add(['status'], 'INVALID_STATE', `The task's claim is ${claim.status}: a closed claim has no open task.`);
    }
  }

  await upsertRecords(tx, rows, mode, {
    table: tasks,
    keyColumn: 'external_id',
    stored: storedByKey,
    values: (row) => row.checked,
    newRecord: (row, values) => {
      const { errors } = row;
      if (!values.title) errors.add(['title'], 'REQUIRED', 'title is required for a new task.');
      if (!values.dueAt) errors.add(['dueAt'], 'REQUIRED', 'dueAt is required for a new task.');
      if (errors.any) return null;
      const status = (values.status as TaskRow['status'] | undefined) ?? 'OPEN';
      // Every column a new task needs: rows of one chunk are written together.
      return {
        importance: 'NORMAL', description: null, remindAt: null, result: null, counterpartyId: null, claimId: null, appealId: null, dealId: null,
        contactCardId: null, ...values, status, closedAt: status === 'OPEN' ? null : now,
      };
    },
  });

  // Assignees, for every row written or matched that named them; a change of assignees alone is an update.
  const assignments: { taskId: number; employeeIds: number[] }[] = [];
  const touched: number[] = [];
  for (const row of rows) {
    const employeeIds = assigneesOf.get(row);
    if (!row.outcome || !employeeIds) continue;
    const { id, status } = row.outcome;
    if (status !== 'CREATED' && sameIds(storedAssignees.get(id) ?? [], employeeIds)) continue;
    assignments.push({ taskId: id, employeeIds });
    if (status === 'UNCHANGED') {
      row.outcome = { status: 'UPDATED', id };
      touched.push(id);
    }
  }
  await repository.replaceAssignees(tx, assignments);
  if (touched.length > 0) {
    await tx.execute(sql`update ${tasks} set version = version + 1, updated_at = now() where ${isAnyOf(tasks.id, touched)}`);
  }
  // A change of a claim's task is a change of the claim, as through updateTask.
  const changedClaims = new Set(rows.flatMap((row) => {
    const claimId = storedByKey.get(row.key)?.claimId;
    return row.outcome?.status === 'UPDATED' && claimId != null ? [claimId] : [];
  }));
  await publishChanges(tx, ...[...changedClaims].map((id) => claimChange('TASK_CHANGED', { id, counterpartyId: claims.get(id)!.counterpartyId })));
}
