import type { CompetitorShareResolvers } from './../../types.generated.js';

export const CompetitorShare: CompetitorShareResolvers = {
  competitor: async ({ competitorId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(competitorId))!,
};
