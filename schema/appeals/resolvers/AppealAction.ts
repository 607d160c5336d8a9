import type { AppealActionResolvers } from './../../types.generated.js';
import type { Context } from '../../../src/context.js';

const employee = (id: number | null, ctx: Context) => (id === null ? null : ctx.loaders.catalogues.employeeById.load(id));

export const AppealAction: AppealActionResolvers = {
  employee: ({ employeeId }, _args, ctx) => employee(employeeId, ctx),
  assignedEmployee: ({ assignedEmployeeId }, _args, ctx) => employee(assignedEmployeeId, ctx),
  person: ({ personId }, _args, ctx) => (personId === null ? null : ctx.loaders.persons.byId.load(personId)),
  assignedDepartment: ({ assignedDepartmentId }, _args, ctx) => (assignedDepartmentId === null ? null : ctx.loaders.catalogues.departmentById.load(assignedDepartmentId)),
};
