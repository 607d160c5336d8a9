import type { OrderConnectionResolvers } from './../../types.generated';

export const OrderConnection: OrderConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
