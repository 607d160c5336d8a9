import type { ObligationResolvers } from './../../types.generated.js';

export const Obligation: Pick<ObligationResolvers, 'contract'|'__isTypeOf'> = {
  contract: ({ contractId }, _args, ctx) => (contractId === null ? null : ctx.loaders.contracts.byId.load(contractId)),
};
