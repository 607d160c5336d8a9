import type { PriceResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';
import { priceCurrency } from '../../../src/modules/products/prices.service';

export const Price: PriceResolvers = {
  id: ({ id }) => toGlobalId('Price', id),
  product: async ({ productId }, _args, ctx) => (await ctx.loaders.productById.load(productId))!,
  priceType: async ({ priceTypeId }, _args, ctx) => (await ctx.loaders.priceTypeById.load(priceTypeId))!,
  currency: ({ priceTypeId }, _args, ctx) => priceCurrency(ctx, priceTypeId),
};
