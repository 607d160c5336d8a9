import type { SourceEffectivenessRowResolvers } from './../../types.generated.js';

export const SourceEffectivenessRow: SourceEffectivenessRowResolvers = {
  informationSource: async ({ informationSourceId }, _args, ctx) => (await ctx.loaders.catalogues.informationSourceById.load(informationSourceId))!,
};
