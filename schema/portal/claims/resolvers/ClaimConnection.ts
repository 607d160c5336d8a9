import type { ClaimConnectionResolvers } from './../../types.generated.js';

export const ClaimConnection: ClaimConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
