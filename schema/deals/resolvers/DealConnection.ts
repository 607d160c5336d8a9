import type { DealConnectionResolvers } from './../../types.generated.js';

export const DealConnection: DealConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
