import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'serviceCards'|'__isTypeOf'> = {
  serviceCards: ({ id }, _args, ctx) => ctx.loaders.serviceCards.byCounterpartyId.load(id),
};
