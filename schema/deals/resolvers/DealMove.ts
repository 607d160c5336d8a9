import type { DealMoveResolvers } from './../../types.generated.js';

export const DealMove: DealMoveResolvers = {
  lostReason: ({ lostReasonId }, _args, ctx) => (lostReasonId === null ? null : ctx.loaders.deals.lostReasonById.load(lostReasonId)),
  movedBy: ({ movedByEmployeeId }, _args, ctx) => (movedByEmployeeId === null ? null : ctx.loaders.catalogues.employeeById.load(movedByEmployeeId)),
  movedByApiKeyNumber: ({ movedByApiKeyId }) => movedByApiKeyId,
};
