import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'contracts'|'__isTypeOf'> = {
  contracts: ({ id }, _args, ctx) => ctx.loaders.contracts.byCounterpartyId.load(id),
};
