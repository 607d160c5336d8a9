import type { QueryResolvers } from './../../../types.generated.js';
import { referenceKeyOrThrow } from '../../../../src/lib/global-id.js';
import { listProducts } from '../../../../src/modules/products/products.service.js';

export const products: NonNullable<QueryResolvers['products']> = (_parent, { where, orderBy, ...page }, ctx) =>
  listProducts(ctx, {
    ...where,
    groupId: referenceKeyOrThrow(where?.groupId, 'ProductGroup', ['where', 'groupId']),
    // The schema's default hides archived products even when no filter is given.
    archived: where ? where.archived : false,
  }, orderBy ?? [], page);
