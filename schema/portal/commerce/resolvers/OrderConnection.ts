import type { OrderConnectionResolvers } from './../../types.generated.js';

export const OrderConnection: OrderConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
