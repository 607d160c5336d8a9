import type { ProductConnectionResolvers } from './../../types.generated';

export const ProductConnection: ProductConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
