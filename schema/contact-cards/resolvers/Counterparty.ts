import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'contactCard'|'contactCards'|'__isTypeOf'> = {
  contactCard: async ({ id }, _args, ctx) => (await ctx.loaders.contactCards.byCounterpartyId.load(id))[0] ?? null,
  contactCards: ({ id }, _args, ctx) => ctx.loaders.contactCards.byCounterpartyId.load(id),
};
