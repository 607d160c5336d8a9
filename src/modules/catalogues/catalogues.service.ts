import { IANAZone } from 'luxon';
import type { Context } from '../../context';
import { isUniqueViolation } from '../../db/errors';
import { updatedRow, updateVersioned } from '../../db/versioned';
import { departments, employees, informationSources } from '../../db/schema';
import type { PageArgs } from '../../lib/connection';
import { requireKey } from '../../lib/global-id';
import { referenceKey, requireFound } from '../../lib/references';
import { failed, InputErrors } from '../../lib/user-errors';
import { requireWriter } from '../auth/viewer';
import * as repository from './catalogues.repository';

const NAME_MAX = 200;

export const listEmployees = (ctx: Context, filter: Parameters<typeof repository.listEmployees>[1], args: PageArgs) =>
  repository.listEmployees(ctx.db, filter, args);
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
  active?: boolean | null;
}

/** Validates employee fields; `creating` makes the required ones required. */
async function employeeValues(ctx: Context, input: EmployeeFields, errors: InputErrors, creating: boolean) {
  const values: Partial<typeof employees.$inferInsert> = {};
  if (creating || input.fullName !== undefined) {
    values.fullName = errors.text(['fullName'], input.fullName, { required: true, max: NAME_MAX }) ?? undefined;
  }
  if (creating || input.email !== undefined) {
    const email = errors.text(['email'], input.email, { required: true, max: 320 });
    if (email) values.email = email.toLowerCase();
  }
  if (input.phone !== undefined) values.phone = errors.text(['phone'], input.phone, { max: 50 });
  if (input.position !== undefined) values.position = errors.text(['position'], input.position, { max: NAME_MAX });
  if (input.timeZone != null) {
    if (IANAZone.isValidZone(input.timeZone)) values.timeZone = input.timeZone;
    else errors.add(['timeZone'], 'INVALID', `"${input.timeZone}" is not an IANA time zone such as "Europe/Kyiv".`);
  }
  if (input.active != null) values.active = input.active;
  if (input.departmentId !== undefined) {
    const key = referenceKey(errors, ['departmentId'], input.departmentId, 'Department');
    if (key != null) requireFound(errors, ['departmentId'], key, await ctx.loaders.departmentById.load(key), 'department');
    values.departmentId = key ?? null;
  }
  return values;
}

const duplicateEmail = (errors: InputErrors) =>
  errors.add(['email'], 'DUPLICATE', 'Another employee already has this e-mail.');

export async function createEmployee(ctx: Context, input: EmployeeFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const values = await employeeValues(ctx, input, errors, true);
  if (values.email && await repository.employeeByEmail(ctx.db, values.email)) duplicateEmail(errors);
  if (errors.any) return failed(errors);
  try {
    return { employee: await repository.insertEmployee(ctx.db, values as typeof employees.$inferInsert), userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error, 'employees_email_key')) throw error;
    duplicateEmail(errors);
    return failed(errors);
  }
}

export async function updateEmployee(ctx: Context, input: EmployeeFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Employee', ['input', 'id']);
  const errors = new InputErrors();
  const values = await employeeValues(ctx, input, errors, false);
  if (values.email) {
    const holder = await repository.employeeByEmail(ctx.db, values.email);
    if (holder && holder.id !== key) duplicateEmail(errors);
  }
  if (errors.any) return failed(errors);
  try {
    const result = await updateVersioned(ctx.db, employees, key, input.expectedVersion, values);
    return { employee: updatedRow(result, 'Employee', input.expectedVersion), userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error, 'employees_email_key')) throw error;
    duplicateEmail(errors);
    return failed(errors);
  }
}

interface DepartmentFields { name?: string | null; parentId?: string | null }

export async function createDepartment(ctx: Context, input: DepartmentFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
  const parentId = referenceKey(errors, ['parentId'], input.parentId, 'Department');
  if (parentId != null) requireFound(errors, ['parentId'], parentId, await ctx.loaders.departmentById.load(parentId), 'department');
  if (errors.any) return failed(errors);
  try {
    return { department: await repository.insertDepartment(ctx.db, { name: name!, parentId }), userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error, 'departments_name_key')) throw error;
    errors.add(['name'], 'DUPLICATE', 'Another department already has this name.');
    return failed(errors);
  }
}

export async function updateDepartment(ctx: Context, input: DepartmentFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'Department', ['input', 'id']);
  const errors = new InputErrors();
  const values: Partial<typeof departments.$inferInsert> = {};
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  if (input.parentId !== undefined) {
    const parentId = referenceKey(errors, ['parentId'], input.parentId, 'Department');
    if (parentId === key) errors.add(['parentId'], 'CYCLE', 'A department cannot belong to itself.');
    else if (parentId != null) requireFound(errors, ['parentId'], parentId, await ctx.loaders.departmentById.load(parentId), 'department');
    values.parentId = parentId ?? null;
  }
  if (errors.any) return failed(errors);
  try {
    const result = await updateVersioned(ctx.db, departments, key, input.expectedVersion, values);
    return { department: updatedRow(result, 'Department', input.expectedVersion), userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error, 'departments_name_key')) throw error;
    errors.add(['name'], 'DUPLICATE', 'Another department already has this name.');
    return failed(errors);
  }
}

interface SourceFields { name?: string | null; description?: string | null; active?: boolean | null }

export async function createInformationSource(ctx: Context, input: SourceFields) {
  requireWriter(ctx.viewer);
  const errors = new InputErrors();
  const name = errors.text(['name'], input.name, { required: true, max: NAME_MAX });
  const description = errors.text(['description'], input.description, { max: 2000 });
  if (errors.any) return failed(errors);
  try {
    return { informationSource: await repository.insertInformationSource(ctx.db, { name: name!, description }), userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error, 'information_sources_name_key')) throw error;
    errors.add(['name'], 'DUPLICATE', 'Another information source already has this name.');
    return failed(errors);
  }
}

export async function updateInformationSource(ctx: Context, input: SourceFields & { id: string; expectedVersion: number }) {
  requireWriter(ctx.viewer);
  const key = requireKey(input.id, 'InformationSource', ['input', 'id']);
  const errors = new InputErrors();
  const values: Partial<typeof informationSources.$inferInsert> = {};
  if (input.name !== undefined) values.name = errors.text(['name'], input.name, { required: true, max: NAME_MAX }) ?? undefined;
  if (input.description !== undefined) values.description = errors.text(['description'], input.description, { max: 2000 });
  if (input.active != null) values.active = input.active;
  if (errors.any) return failed(errors);
  try {
    const result = await updateVersioned(ctx.db, informationSources, key, input.expectedVersion, values);
    return { informationSource: updatedRow(result, 'InformationSource', input.expectedVersion), userErrors: [] };
  } catch (error) {
    if (!isUniqueViolation(error, 'information_sources_name_key')) throw error;
    errors.add(['name'], 'DUPLICATE', 'Another information source already has this name.');
    return failed(errors);
  }
}
