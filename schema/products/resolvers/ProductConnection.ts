import type { ProductConnectionResolvers } from './../../types.generated.js';

export const ProductConnection: ProductConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
