import { and, asc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { lockedRowsByKeys } from '../../db/bulk.js';
import type { Database } from '../../db/client.js';
import { allColumnsOf, isAnyOf, readRowsByParent, rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { employees, taskAssignees, tasks, type TaskRow } from '../../db/schema/index.js';
import { rowAtVersion, updateVersioned } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';
import type { UniqueFields } from '../../lib/write.js';

export type TaskInsert = typeof tasks.$inferInsert;
export type TaskStatus = TaskRow['status'];

/** The unique constraints a task write can break through its input. */
export const uniqueFields: UniqueFields = {
  tasks_external_id_key: { field: 'externalId', message: 'Another task already has this externalId.' },
};

/** A task filter with ids decoded and days turned into instants; every given condition must hold. */
export interface TaskFilter {
  assigneeId?: number | null;
  statuses?: TaskStatus[] | null;
  counterpartyId?: number | null;
  claimId?: number | null;
  dueFrom?: Date | null;
  /** The instant after the last day asked for. */
  dueBefore?: Date | null;
  overdue?: boolean | null;
}

/** Open and due on a day before today: `startOfToday` is today's first instant in the viewer's zone. The tasks list and the manager performance report count it so. */
export const overdueAt = (startOfToday: Date): SQL => and(eq(tasks.status, 'OPEN'), lt(tasks.dueAt, startOfToday))!;

function conditions(filter: TaskFilter, startOfToday: Date): SQL | undefined {
  return and(
    filter.assigneeId != null
      ? sql`exists (select 1 from ${taskAssignees} where ${taskAssignees.taskId} = ${tasks.id} and ${taskAssignees.employeeId} = ${filter.assigneeId})`
      : undefined,
    filter.statuses ? (filter.statuses.length === 0 ? sql`false` : inArray(tasks.status, filter.statuses)) : undefined,
    filter.counterpartyId != null ? eq(tasks.counterpartyId, filter.counterpartyId) : undefined,
    filter.claimId != null ? eq(tasks.claimId, filter.claimId) : undefined,
    filter.dueFrom ? gte(tasks.dueAt, filter.dueFrom) : undefined,
    filter.dueBefore ? lt(tasks.dueAt, filter.dueBefore) : undefined,
    filter.overdue != null ? (filter.overdue ? overdueAt(startOfToday) : sql`not (${overdueAt(startOfToday)})`) : undefined,
  );
}

/** Earliest due first, then id. */
const earliestDue: SortKey<TaskRow>[] = [
  sortBy.instant<TaskRow>(tasks.dueAt, (row) => row.dueAt),
  sortBy.id<TaskRow>(tasks.id),
];

export const listTasks = (db: Database, filter: TaskFilter, startOfToday: Date, args: PageArgs) =>
  selectConnection(db, allColumnsOf(tasks), conditions(filter, startOfToday), earliestDue, args);

export const tasksByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, tasks, ids);

const dueOrder = [asc(tasks.dueAt), asc(tasks.id)];

/** The tasks of all `counterpartyIds`, each counterparty's earliest due first. */
export const tasksByCounterparties = (db: Database, counterpartyIds: readonly number[]) =>
  rowsByParents(db, tasks, tasks.counterpartyId, counterpartyIds, dueOrder);

/** The tasks linked to all `claimIds`, each claim's earliest due first. */
export const tasksByClaims = (db: Database, claimIds: readonly number[]) =>
  rowsByParents(db, tasks, tasks.claimId, claimIds, dueOrder);

/** The claim's OPEN tasks (its investigation plan still to do), earliest due first: what keeps it from closing. */
export const openTasksOfClaim = (db: Database, claimId: number): Promise<TaskRow[]> =>
  db.select().from(tasks).where(and(eq(tasks.claimId, claimId), eq(tasks.status, 'OPEN'))).orderBy(...dueOrder);

/** The OPEN tasks assigned to each of `employeeIds`, earliest due first: one statement for all. */
export const openTasksByAssignees = (db: Database, employeeIds: readonly number[]) =>
  readRowsByParent(db, allColumnsOf(tasks), { parent: taskAssignees.employeeId, orderBy: dueOrder }, (fields) =>
    db.select(fields).from(tasks).innerJoin(taskAssignees, eq(taskAssignees.taskId, tasks.id))
      .where(and(isAnyOf(taskAssignees.employeeId, employeeIds), eq(tasks.status, 'OPEN'))));

/** The employees assigned to each of `taskIds`, by name: one statement for all. */
export const assigneesByTasks = (db: Database, taskIds: readonly number[]) =>
  readRowsByParent(db, allColumnsOf(employees), { parent: taskAssignees.taskId, orderBy: [asc(employees.fullName), asc(employees.id)] }, (fields) =>
    db.select(fields).from(employees).innerJoin(taskAssignees, eq(taskAssignees.employeeId, employees.id))
      .where(isAnyOf(taskAssignees.taskId, taskIds)));

/** The assignees' ids of each of `taskIds` (for imports, which compare them with the rows'). */
export async function assigneeIdsByTasks(db: Database, taskIds: readonly number[]): Promise<Map<number, number[]>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db.select().from(taskAssignees).where(isAnyOf(taskAssignees.taskId, taskIds))
    .orderBy(asc(taskAssignees.taskId), asc(taskAssignees.employeeId));
  const byTask = new Map<number, number[]>();
  for (const row of rows) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), row.employeeId]);
  return byTask;
}

export const taskAtVersion = (db: Database, id: number, expectedVersion: number) => rowAtVersion(db, tasks, id, expectedVersion);

/** For imports: the tasks with these external ids, locked until the chunk's transaction ends. */
export const lockedByExternalIds = (db: Database, externalIds: readonly string[]) =>
  lockedRowsByKeys<TaskRow>(db, tasks, 'external_id', externalIds);

export async function insertTask(db: Database, values: TaskInsert): Promise<TaskRow> {
  const [row] = await db.insert(tasks).values(values).returning();
  return row;
}

export const updateTask = (db: Database, id: number, expectedVersion: number, values: Partial<TaskInsert>) =>
  updateVersioned(db, tasks, id, expectedVersion, values);

/** Makes `employeeIds` the assignees of each task given, in two statements for all of them. */
export async function replaceAssignees(db: Database, assignments: readonly { taskId: number; employeeIds: readonly number[] }[]): Promise<void> {
  if (assignments.length === 0) return;
  await db.delete(taskAssignees).where(isAnyOf(taskAssignees.taskId, assignments.map((a) => a.taskId)));
  const rows = assignments.flatMap((a) => a.employeeIds.map((employeeId) => ({ taskId: a.taskId, employeeId })));
  if (rows.length > 0) await db.insert(taskAssignees).values(rows);
}
