import { and, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { selectConnection } from '../../db/paging';
import {
  departments, employees, informationSources, type DepartmentRow, type EmployeeRow, type InformationSourceRow,
} from '../../db/schema';
import { sortBy, type PageArgs } from '../../lib/connection';
import { likePattern } from '../../lib/text';

/** Catalogues read in name order; the id breaks ties so the order is total, as keyset paging needs. */
const nameOrder = <Row extends { id: number; name: string }>(table: typeof departments | typeof informationSources) =>
  [sortBy.text<Row>(table.name, (row) => row.name), sortBy.id<Row>(table.id)];

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
  return selectConnection<EmployeeRow>(db, employees, and(...conditions), [
    sortBy.text<EmployeeRow>(employees.fullName, (row) => row.fullName),
    sortBy.id<EmployeeRow>(employees.id),
  ], args);
}

export const listDepartments = (db: Database, args: PageArgs) =>
  selectConnection<DepartmentRow>(db, departments, undefined, nameOrder<DepartmentRow>(departments), args);

export const listInformationSources = (db: Database, active: boolean | null | undefined, args: PageArgs) =>
  selectConnection<InformationSourceRow>(
    db, informationSources, active == null ? undefined : eq(informationSources.active, active),
    nameOrder<InformationSourceRow>(informationSources), args,
  );

export const employeesByIds = (db: Database, ids: readonly number[]) =>
  db.select().from(employees).where(inArray(employees.id, [...ids]));
export const departmentsByIds = (db: Database, ids: readonly number[]) =>
  db.select().from(departments).where(inArray(departments.id, [...ids]));
export const informationSourcesByIds = (db: Database, ids: readonly number[]) =>
  db.select().from(informationSources).where(inArray(informationSources.id, [...ids]));

export async function employeeByEmail(db: Database, email: string): Promise<EmployeeRow | null> {
  const [row] = await db.select().from(employees).where(eq(employees.email, email)).limit(1);
  return row ?? null;
}

export async function insertEmployee(db: Database, values: typeof employees.$inferInsert) {
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
