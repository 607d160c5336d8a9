import type { CounterpartyResolvers } from './../../types.generated';

export const Counterparty: Pick<CounterpartyResolvers, 'persons'|'__isTypeOf'> = {
  persons: ({ id }, { includeFormer }, ctx) => ctx.loaders.personsByCounterpartyId(includeFormer ?? false).load(id),
};
