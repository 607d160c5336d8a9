import type { ServiceVisitResolvers } from './../../types.generated.js';

export const ServiceVisit: Pick<ServiceVisitResolvers, 'timeEntry'|'__isTypeOf'> = {
  timeEntry: async ({ id }, _args, ctx) => (await ctx.loaders.workTime.byServiceVisitId.load(id))[0] ?? null,
};
