import type { ProductResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { productCostPriceOn, productPriceOn, productPrices } from '../../../src/modules/products/prices.service.js';

export const Product: Pick<ProductResolvers, 'analogues'|'archived'|'archivedAt'|'code'|'costPrice'|'createdAt'|'description'|'externalId'|'group'|'id'|'name'|'price'|'prices'|'substitutes'|'type'|'unit'|'updatedAt'|'version'|'__isTypeOf'> = {
  id: ({ id }) => toGlobalId('Product', id),
  archived: ({ archivedAt }) => archivedAt !== null,
  group: ({ groupId: id }, _args, ctx) => (id === null ? null : ctx.loaders.products.groups.byId.load(id)),
  prices: (product, { priceTypeId }, ctx) => productPrices(ctx, product, priceTypeId),
  price: (product, { priceTypeId, on }, ctx) => productPriceOn(ctx, product, priceTypeId, on),
  costPrice: (product, { currency, on }, ctx) => productCostPriceOn(ctx, product, currency, on),
  analogues: ({ id }, _args, ctx) => ctx.loaders.products.related('ANALOGUE').load(id),
  substitutes: ({ id }, _args, ctx) => ctx.loaders.products.related('SUBSTITUTE').load(id),
};
