import type { ProductNameResolvers } from './../../types.generated.js';

export const ProductName: ProductNameResolvers = {};
