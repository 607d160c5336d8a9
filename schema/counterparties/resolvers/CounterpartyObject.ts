import type { CounterpartyObjectResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const CounterpartyObject: CounterpartyObjectResolvers = {
  id: ({ id }) => toGlobalId('CounterpartyObject', id),
  counterparty: async ({ counterpartyId }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(counterpartyId))!,
};
