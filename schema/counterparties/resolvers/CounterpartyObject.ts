import type { CounterpartyObjectResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';

export const CounterpartyObject: CounterpartyObjectResolvers = {
  id: ({ id }) => toGlobalId('CounterpartyObject', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterpartyById.load(counterpartyId))!,
};
