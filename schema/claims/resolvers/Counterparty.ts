import type { CounterpartyResolvers } from './../../types.generated.js';

export const Counterparty: Pick<CounterpartyResolvers, 'claimSummary'|'claims'|'__isTypeOf'> = {
  claims: ({ id }, _args, ctx) => ctx.loaders.claims.byCounterpartyId.load(id),
  claimSummary: ({ id }, _args, ctx) => ctx.loaders.claims.summaryByCounterpartyId.load(id),
};
