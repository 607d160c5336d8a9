import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'deals'|'__isTypeOf'> = {
  deals: ({ id }, _args, ctx) => ctx.loaders.deals.byCounterpartyId.load(id),
};
