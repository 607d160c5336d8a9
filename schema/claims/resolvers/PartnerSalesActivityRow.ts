import type { PartnerSalesActivityRowResolvers } from './../../types.generated.js';

export const PartnerSalesActivityRow: PartnerSalesActivityRowResolvers = {
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(counterpartyId))!,
};
