import type { AgreementTermsResolvers } from './../../types.generated.js';

export const AgreementTerms: AgreementTermsResolvers = {};
