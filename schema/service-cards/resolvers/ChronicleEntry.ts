import type { ChronicleEntryResolvers } from './../../types.generated.js';

export const ChronicleEntry: Pick<ChronicleEntryResolvers, 'serviceVisit'|'__isTypeOf'> = {
  serviceVisit: async ({ id }, _args, ctx) => (await ctx.loaders.serviceCards.visitsByChronicleEntryId.load(id))[0] ?? null,
};
