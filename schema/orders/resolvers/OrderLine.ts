import type { OrderLineResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const OrderLine: OrderLineResolvers = {
  id: ({ id }) => toGlobalId('OrderLine', id),
  product: async ({ productId }, _args, ctx) => (await ctx.loaders.products.byId.load(productId))!,
};
