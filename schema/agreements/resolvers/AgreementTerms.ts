import type { AgreementTermsResolvers } from './../../types.generated.js';

export const AgreementTerms: AgreementTermsResolvers = {
  priceType: ({ priceTypeId }, _args, ctx) => (priceTypeId === null ? null : ctx.loaders.priceTypeById.load(priceTypeId)),
};
