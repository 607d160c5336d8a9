import type { QueryResolvers } from './../../../types.generated.js';
import { productByExternalId as find } from '../../../../src/modules/products/products.service.js';

export const productByExternalId: NonNullable<QueryResolvers['productByExternalId']> = (_parent, { externalId }, ctx) =>
  find(ctx, externalId);
