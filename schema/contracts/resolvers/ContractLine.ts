import type { ContractLineResolvers } from './../../types.generated.js';

export const ContractLine: ContractLineResolvers = {
  product: async ({ productId }, _args, ctx) => (await ctx.loaders.products.byId.load(productId))!,
};
