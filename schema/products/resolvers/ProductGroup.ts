import type { ProductGroupResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { productGroups } from '../../../src/modules/products/groups.service.js';

export const ProductGroup: ProductGroupResolvers = {
  id: ({ id }) => toGlobalId('ProductGroup', id),
  parent: ({ parentId }, _args, ctx) => (parentId === null ? null : ctx.loaders.products.groups.byId.load(parentId)),
  children: ({ id }, _args, ctx) => ctx.loaders.products.groups.children.load(id),
  path: (group, _args, ctx) => productGroups.path(ctx, group),
};
