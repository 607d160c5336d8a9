import type { WorkHistoryResolvers } from './../../types.generated.js';

export const WorkHistory: WorkHistoryResolvers = {
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(counterpartyId))!,
};
