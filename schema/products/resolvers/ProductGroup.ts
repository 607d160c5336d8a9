import type { ProductGroupResolvers } from './../../types.generated';
import { toGlobalId } from '../../../src/lib/global-id';
import { groupPath } from '../../../src/modules/products/groups.service';

export const ProductGroup: ProductGroupResolvers = {
  id: ({ id }) => toGlobalId('ProductGroup', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.productGroupById.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.productGroupChildren.load(id),
  path: (group, _args, ctx) => groupPath(ctx, group),
};
