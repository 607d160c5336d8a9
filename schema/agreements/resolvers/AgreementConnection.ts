import type { AgreementConnectionResolvers } from './../../types.generated.js';

export const AgreementConnection: AgreementConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
