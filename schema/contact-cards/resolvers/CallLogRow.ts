import type { CallLogRowResolvers } from './../../types.generated.js';

export const CallLogRow: CallLogRowResolvers = {
  informationSource: ({ informationSourceId: id }, _args, ctx) => (id === null ? null : ctx.loaders.catalogues.informationSourceById.load(id)),
};
