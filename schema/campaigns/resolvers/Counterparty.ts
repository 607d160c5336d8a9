import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'campaigns'|'__isTypeOf'> = {
  campaigns: ({ id }, _args, ctx) => ctx.loaders.campaigns.byCounterpartyId.load(id),
};
