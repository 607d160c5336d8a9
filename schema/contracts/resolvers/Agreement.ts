import type { AgreementResolvers } from './../../types.generated.js';

export const Agreement: Pick<AgreementResolvers, 'contracts'|'__isTypeOf'> = {
  contracts: ({ id }, _args, ctx) => ctx.loaders.contracts.byAgreementId.load(id),
};
