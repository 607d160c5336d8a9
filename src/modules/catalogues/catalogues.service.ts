import { IANAZone } from 'luxon';
import type { Context } from '../../context.js';
import { searchTerm } from '../../lib/search-term.js';
import { payloadWriter, versionedRow } from '../../lib/write.js';
import type { DepartmentRow, EmployeeRow, InformationSourceRow } from '../../db/schema/index.js';
import type { PageArgs } from '../../lib/connection.js';
import { phoneNumber } from '../../lib/contact-details.js';
import { requireKey } from '../../lib/global-id.js';
import { referenceKey, requireFound } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { requireRole, requireWriter } from '../auth/viewer.js';
import * as repository from './catalogues.repository.js';

const NAME_MAX = 200;

const saveEmployee = payloadWriter('employee', repository.employeeUniqueFields, (ctx: Context, employee: EmployeeRow) => {
  ctx.loaders.catalogues.employeeById.clear(employee.id).prime(employee.id, employee);
});
const saveDepartment = payloadWriter('department', repository.departmentUniqueFields, (ctx: Context, department: DepartmentRow) => {
  ctx.loaders.catalogues.departmentById.clear(department.id).prime(department.id, department);
});
const saveInformationSource = payloadWriter('informationSource', repository.informationSourceUniqueFields, (ctx: Context, source: InformationSourceRow) => {
  ctx.loaders.catalogues.informationSourceById.clear(source.id).prime(source.id, source);
});

/** The company's structure and staff are the administrators' to change; sources are the managers'. */
const requireAdmin = (ctx: Context) => requireRole(ctx.viewer, 'ADMIN');

export const listEmployees = (ctx: Context, filter: Parameters<typeof repository.listEmployees>[1], args: PageArgs) =>
  repository.listEmployees(ctx.db, { ...filter, search: searchTerm(filter.search) }, args);
export const listDepartments = (ctx: Context, args: PageArgs) => repository.listDepartments(ctx.db, args);
export const listInformationSources = (ctx: Context, active: boolean | null | undefined, args: PageArgs) =>
  repository.listInformationSources(ctx.db, active, args);

interface EmployeeFields {
  fullName?: string | null;
  email?: string | null;
  phone?: string | null;
  position?: string | null;
  departmentId?: string | null;
  timeZone?: string | null;
  emailNotifications?: boolean | null;
  active?: boolean | null;
}

/** Validates employee fields; `creating` makes the required ones required. */
async function employeeValues(ctx: Context, input: EmployeeFields, errors: InputErrors, creating: boolean) {
  const values: Parameters<typeof repository.updateEmployee>[3] = {};
  if (creating || input.fullName !== undefined) {
    values.fullName = errors.text(['fullName'], input.fullName, { required: true, max: NAME_MAX }) ?? undefined;
  }
  if (creating || input.email !== undefined) {
    values.email = errors.text(['email'], input.email, { required: true, max: 320 })?.toLowerCase();
  }
  if (input.phone !== undefined) values.phone = phoneNumber(errors, ['phone'], input.phone);
  if (input.position !== undefined) values.position = errors.text(['position'], input.position, { max: NAME_MAX });
  const timeZone = errors.notNull(['timeZone'], input.timeZone);
  if (timeZone !== undefined) {
    if (IANAZone.isValidZone(timeZone)) values.timeZone = timeZone;
    else errors.add(['timeZone'], 'INVALID', `"${timeZone}" is not an IANA time zone such as "Europe/Kyiv".`);
  }
  values.active = errors.notNull(['active'], input.active);
  values.emailNotifications = errors.notNull(['emailNotifications'], input.emailNotifications);
  if (input.departmentId !== undefined) {
    const key = referenceKey(errors, ['departmentId'], input.departmentId, 'Department');
    if (key != null) requireFound(errors, ['departmentId'], key, await ctx.loaders.catalogues.departmentById.load(key), 'department');
    values.departmentId = key ?? null;
  }
  return values;
}

export async function createEmployee(ctx: Context, input: EmployeeFields) {
  requireAdmin(ctx);
  const errors = new InputErrors();
  const values = await employeeValues(ctx, input, errors, true);
  if (errors.any) return failed(errors);
  return saveEmployee(ctx, errors, (tx) => repository.insertEmployee(tx, values as repository.EmployeeInsert));
}

export async function updateEmployee(ctx: Context, input: EmployeeFields & { id: string; expectedVersion: number }) {
  requireAdmin(ctx);
  const key = requireKey(input.id, 'Employee', ['input', 'id']);
  const errors = new InputErrors();
  const values = await employeeValues(ctx, input, errors, false);
  if (errors.any) return failed(errors);
  return saveEmployee(ctx, errors, async (tx) =>
    versionedRow(await repository.updateEmployee(tx, key, input.expectedVersion, values), 'Employee', input.expectedVersion));
}

interface DepartmentFields { name?: string | null; parentId?: string | null }

export async function createDepartment(ctx: Context, input: DepartmentFields) {
  requireAdmin(ctx);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'Department');
  if (parentId != null) requireFound(errors, ['parentId'], parentId, await ctx.loaders.catalogues.departmentById.load(parentId), 'department');
  if (errors.any) return failed(errors);
  return saveDepartment(ctx, errors, (tx) => repository.insertDepartment(tx, { name: name!, parentId }));
}

export async function updateDepartment(ctx: Context, input: DepartmentFields & { id: string; expectedVersion: number }) {
  requireAdmin(ctx);
  const key = requireKey(input.id, 'Department', ['input', 'id']);
  const errors = new InputErrors();
  const values: Parameters<typeof repository.updateDepartment>[3] = {};
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  const parentId = input.parentId === undefined ? undefined : referenceKey(errors, ['parentId'], input.parentId, 'Department') ?? null;
  if (errors.any) return failed(errors);
  return saveDepartment(ctx, errors, async (tx) => {
    if (parentId !== undefined) {
      await repository.lockDepartmentTree(tx);
      if (parentId !== null) {
        const ancestors = await repository.departmentAncestorIds(tx, parentId);
        if (ancestors.length === 0) errors.add(['parentId'], 'NOT_FOUND', 'No department has the id given in this field.');
        else if (ancestors.includes(key)) errors.add(['parentId'], 'CYCLE', 'A department cannot belong to itself or to one of its own units.');
        if (errors.any) return null;
      }
      values.parentId = parentId;
    }
    return versionedRow(await repository.updateDepartment(tx, key, input.expectedVersion, values), 'Department', input.expectedVersion);
  });
}

interface SourceFields { name?: string | null; description?: string | null; active?: boolean | null }

export async function createInformationSource(ctx: Context, input: SourceFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
  const description = errors.text(['description'], input.description, { max: 2000 });
  if (errors.any) return failed(errors);
  return saveInformationSource(ctx, errors, (tx) => repository.insertInformationSource(tx, { name: name!, description }));
}

export async function updateInformationSource(ctx: Context, input: SourceFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'InformationSource', ['input', 'id']);
  const errors = new InputErrors();
  const values: Parameters<typeof repository.updateInformationSource>[3] = {};
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  if (input.description !== undefined) values.description = errors.text(['description'], input.description, { max: 2000 });
  values.active = errors.notNull(['active'], input.active);
  if (errors.any) return failed(errors);
  return saveInformationSource(ctx, errors, async (tx) =>
    versionedRow(await repository.updateInformationSource(tx, key, input.expectedVersion, values), 'InformationSource', input.expectedVersion));
}
