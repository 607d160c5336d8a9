import { and, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { givenKeysRelation } from '../../db/bulk.js';
import { executeRows } from '../../db/raw.js';
import { ancestorIds, lockTree } from '../../db/tree.js';
import { updateVersioned } from '../../db/versioned.js';
import { selectConnection } from '../../db/paging.js';
import { allColumnsOf, rowsByIds } from '../../db/json-rows.js';
import { columnPlan } from '../../db/columns.js';
import {
  departments, employees, informationSources, type DepartmentRow, type EmployeeRow, type InformationSourceRow,
} from '../../db/schema/index.js';
import { sortBy, type PageArgs } from '../../lib/connection.js';
import { likePattern } from '../../lib/text.js';
import type { UniqueFields } from '../../lib/write.js';

/** Catalogues read in name order; the id breaks ties so the order is total, as keyset paging needs. */
const nameOrder = <Row extends { id: number; name: string }>(table: typeof departments | typeof informationSources) =>
  [sortBy.text<Row>(table.name, (row) => row.name), sortBy.id<Row>(table.id)];

/** The unique constraints the catalogues' writes can break through their input. */
export const employeeUniqueFields: UniqueFields = {
  employees_email_key: { field: 'email', message: 'Another employee already has this e-mail.' },
};
export const departmentUniqueFields: UniqueFields = {
  departments_name_key: { field: 'name', message: 'Another department already has this name.' },
};
export const informationSourceUniqueFields: UniqueFields = {
  information_sources_name_key: { field: 'name', message: 'Another information source already has this name.' },
};

export function listEmployees(
  db: Database,
  filter: { search?: string | null; departmentId?: number | null; active?: boolean | null },
  args: PageArgs,
) {
  const conditions: (SQL | undefined)[] = [];
  if (filter.search) {
    const pattern = likePattern(filter.search);
    conditions.push(or(ilike(employees.fullName, pattern), ilike(employees.email, pattern)));
  }
  if (filter.departmentId != null) conditions.push(eq(employees.departmentId, filter.departmentId));
  if (filter.active != null) conditions.push(eq(employees.active, filter.active));
  return selectConnection(db, allColumnsOf(employees), and(...conditions), [
    sortBy.text<EmployeeRow>(employees.fullName, (row) => row.fullName),
    sortBy.id<EmployeeRow>(employees.id),
  ], args, { planEachTime: Boolean(filter.search) });
}

export const listDepartments = (db: Database, args: PageArgs) =>
  selectConnection(db, allColumnsOf(departments), undefined, nameOrder<DepartmentRow>(departments), args);

export const listInformationSources = (db: Database, active: boolean | null | undefined, args: PageArgs) =>
  selectConnection(db, allColumnsOf(informationSources), active == null ? undefined : eq(informationSources.active, active),
    nameOrder<InformationSourceRow>(informationSources), args,
  );

/** The columns each `Employee` field needs (see db/columns.ts); the key always comes. */
export const employeeColumns = columnPlan(employees, ['id'], { department: ['departmentId'] });

/** The columns each `InformationSource` field needs. */
export const informationSourceColumns = columnPlan(informationSources, ['id'], {});

export const employeesByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, employees, ids);
export const departmentsByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, departments, ids);
export const informationSourcesByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, informationSources, ids);

export type EmployeeInsert = typeof employees.$inferInsert;

export async function insertEmployee(db: Database, values: EmployeeInsert) {
  const [row] = await db.insert(employees).values(values).returning();
  return row;
}
export async function insertDepartment(db: Database, values: typeof departments.$inferInsert) {
  const [row] = await db.insert(departments).values(values).returning();
  return row;
}
export async function insertInformationSource(db: Database, values: typeof informationSources.$inferInsert) {
  const [row] = await db.insert(informationSources).values(values).returning();
  return row;
}

export const updateEmployee = (db: Database, id: number, expectedVersion: number, values: Partial<typeof employees.$inferInsert>) =>
  updateVersioned(db, employees, id, expectedVersion, values);
export const updateDepartment = (db: Database, id: number, expectedVersion: number, values: Partial<typeof departments.$inferInsert>) =>
  updateVersioned(db, departments, id, expectedVersion, values);
export const updateInformationSource = (
  db: Database, id: number, expectedVersion: number, values: Partial<typeof informationSources.$inferInsert>,
) => updateVersioned(db, informationSources, id, expectedVersion, values);

export const lockDepartmentTree = (db: Database) => lockTree(db, departments);
export const departmentAncestorIds = (db: Database, id: number) => ancestorIds(db, departments, id);

// Case is compared by PostgreSQL's lower() on both sides, never JavaScript's on one: the two
// disagree on some letters, and under some database locales on whole alphabets.

/** Employees by e-mail (regardless of case), keyed by the e-mail as sent: id and whether they may be assigned work. */
export async function employeesByEmail(db: Database, emails: readonly string[]): Promise<Map<string, { id: number; active: boolean }>> {
  if (emails.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; key: string; active: boolean }>(db, sql`
    select e.id, given.key, e.active from ${employees} e join ${givenKeysRelation(emails)} on lower(e.email) = lower(given.key)`);
  return new Map(rows.map((row) => [row.key, { id: Number(row.id), active: row.active }]));
}

/** Information sources by name (regardless of case), keyed by the name as sent. */
/** For imports: departments by name, regardless of case (names are unique). */
export async function departmentsByName(db: Database, names: readonly string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; key: string }>(db, sql`
    select d.id, given.key from ${departments} d join ${givenKeysRelation(names)} on lower(d.name) = lower(given.key)`);
  return new Map(rows.map((row) => [row.key, Number(row.id)]));
}

export async function informationSourcesByName(db: Database, names: readonly string[]): Promise<Map<string, number>> {
  if (names.length === 0) return new Map();
  const rows = await executeRows<{ id: number | string; key: string }>(db, sql`
    select s.id, given.key from ${informationSources} s join ${givenKeysRelation(names)} on lower(s.name) = lower(given.key)`);
  return new Map(rows.map((row) => [row.key, Number(row.id)]));
}
