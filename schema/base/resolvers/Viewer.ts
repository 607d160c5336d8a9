import type { ViewerResolvers } from './../../types.generated.js';

export const Viewer: Pick<ViewerResolvers, 'employee'|'role'> = {
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
};
