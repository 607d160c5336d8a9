import type { WorkTimeSummaryRowResolvers } from './../../types.generated.js';

export const WorkTimeSummaryRow: WorkTimeSummaryRowResolvers = {
  employee: ({ employeeId }, _args, ctx) => (employeeId === null ? null : ctx.loaders.catalogues.employeeById.load(employeeId)),
  counterparty: ({ counterpartyId }, _args, ctx) => (counterpartyId === null ? null : ctx.loaders.counterparties.byId.load(counterpartyId)),
};
