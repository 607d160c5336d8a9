import type { ViewerResolvers } from './../../types.generated.js';

export const Viewer: ViewerResolvers = {
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
};
