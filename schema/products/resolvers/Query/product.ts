import type { QueryResolvers } from './../../../types.generated.js';
import { requireKey } from '../../../../src/lib/global-id.js';

export const product: NonNullable<QueryResolvers['product']> = (_parent, { id }, ctx) =>
  ctx.loaders.products.byId.load(requireKey(id, 'Product', ['id']));
