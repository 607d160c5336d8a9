import type { AgreementConnectionResolvers } from './../../types.generated';

export const AgreementConnection: AgreementConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
