import type { GroupDiscountResolvers } from './../../types.generated.js';

export const GroupDiscount: GroupDiscountResolvers = {
  productGroup: async ({ productGroupId }, _args, ctx) => (await ctx.loaders.products.groups.byId.load(productGroupId))!,
};
