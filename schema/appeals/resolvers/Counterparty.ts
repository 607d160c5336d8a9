import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'appeals'|'__isTypeOf'> = {
  appeals: ({ id }, _args, ctx) => ctx.loaders.appeals.byCounterpartyId.load(id),
};
