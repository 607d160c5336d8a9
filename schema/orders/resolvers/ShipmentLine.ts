import type { ShipmentLineResolvers } from './../../types.generated';

export const ShipmentLine: ShipmentLineResolvers = {
  orderLine: async ({ orderLineId }, _args, ctx) => (await ctx.loaders.orderLineById.load(orderLineId))!,
};
