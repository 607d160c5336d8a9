import type { ShipmentLineResolvers } from './../../types.generated.js';

export const ShipmentLine: ShipmentLineResolvers = {
  orderLine: async ({ orderLineId }, _args, ctx) => (await ctx.loaders.orders.lineById.load(orderLineId))!,
};
