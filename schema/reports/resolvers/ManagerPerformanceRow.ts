import type { ManagerPerformanceRowResolvers } from './../../types.generated.js';

/** The employees of the rows come from the request's loader, one batch for the report; employees are never deleted. */
export const ManagerPerformanceRow: ManagerPerformanceRowResolvers = {
  employee: async ({ employeeId }, _args, ctx) => (await ctx.loaders.catalogues.employeeById.load(employeeId))!,
};
