import type { EmployeeResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const Employee: EmployeeResolvers = {
  id: ({ id }) => toGlobalId('Employee', id),
  department: ({ departmentId }, _args, ctx) => (departmentId === null ? null : ctx.loaders.catalogues.departmentById.load(departmentId)),
};
