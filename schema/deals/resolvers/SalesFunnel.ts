import type { SalesFunnelResolvers } from './../../types.generated.js';

export const SalesFunnel: SalesFunnelResolvers = {
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
};
