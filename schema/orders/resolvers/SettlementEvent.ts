import type { SettlementEventResolvers } from './../../types.generated.js';

export const SettlementEvent: SettlementEventResolvers = {
  order: async ({ orderId }, _args, ctx) => (await ctx.loaders.orders.byId.load(orderId))!,
};
