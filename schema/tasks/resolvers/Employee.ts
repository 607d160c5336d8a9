import type { EmployeeResolvers } from './../../types.generated.js';

export const Employee: Pick<EmployeeResolvers, 'tasks'|'__isTypeOf'> = {
  tasks: ({ id }, _args, ctx) => ctx.loaders.tasks.openByAssigneeId.load(id),
};
