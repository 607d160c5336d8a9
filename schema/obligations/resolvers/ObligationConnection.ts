import type { ObligationConnectionResolvers } from './../../types.generated';

export const ObligationConnection: ObligationConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
