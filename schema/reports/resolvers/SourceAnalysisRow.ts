import type { SourceAnalysisRowResolvers } from './../../types.generated.js';

export const SourceAnalysisRow: SourceAnalysisRowResolvers = {
  informationSource: async ({ informationSourceId }, _args, ctx) => (await ctx.loaders.catalogues.informationSourceById.load(informationSourceId))!,
  campaign: ({ campaignId }, _args, ctx) => (campaignId === null ? null : ctx.loaders.campaigns.byId.load(campaignId)),
};
