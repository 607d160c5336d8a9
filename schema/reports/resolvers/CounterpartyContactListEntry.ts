import type { CounterpartyContactListEntryResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';

export const CounterpartyContactListEntry: CounterpartyContactListEntryResolvers = {
  id: ({ id }) => toGlobalId('Counterparty', id),
  counterparty: async ({ id }, _args, ctx) => (await ctx.loaders.counterparties.byId.load(id))!,
};
