import type { AgreementTermsResolvers } from './../../types.generated.js';

export const AgreementTerms: AgreementTermsResolvers = {
  priceType: ({ priceTypeId }, _args, ctx) => (priceTypeId === null ? null : ctx.loaders.products.priceTypeById.load(priceTypeId)),
};
