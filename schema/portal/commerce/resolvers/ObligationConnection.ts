import type { ObligationConnectionResolvers } from './../../types.generated.js';

export const ObligationConnection: ObligationConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
