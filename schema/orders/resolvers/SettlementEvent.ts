import type { SettlementEventResolvers } from './../../types.generated.js';

export const SettlementEvent: SettlementEventResolvers = {
  order: async ({ orderId }, _args, ctx) => (await ctx.loaders.orderById.load(orderId))!,
};
