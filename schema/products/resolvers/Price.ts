import type { PriceResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { priceCurrency } from '../../../src/modules/products/prices.service.js';

export const Price: PriceResolvers = {
  id: ({ id }) => toGlobalId('Price', id),
  product: async ({ productId }, _args, ctx) => (await ctx.loaders.products.byId.load(productId))!,
  priceType: async ({ priceTypeId }, _args, ctx) => (await ctx.loaders.products.priceTypeById.load(priceTypeId))!,
  currency: ({ priceTypeId }, _args, ctx) => priceCurrency(ctx, priceTypeId),
};
