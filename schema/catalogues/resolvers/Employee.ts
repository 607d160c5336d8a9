import type { EmployeeResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const Employee: Pick<EmployeeResolvers, 'active'|'createdAt'|'department'|'email'|'emailNotifications'|'fullName'|'id'|'phone'|'position'|'timeZone'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Employee', id),
  department: ({ departmentId }, _args, ctx) => (departmentId === null ? null : ctx.loaders.catalogues.departmentById.load(departmentId)),
};
