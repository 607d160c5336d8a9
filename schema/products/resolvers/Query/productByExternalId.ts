import type { QueryResolvers } from './../../../types.generated';
import { productByExternalId as find } from '../../../../src/modules/products/products.service';

export const productByExternalId: NonNullable<QueryResolvers['productByExternalId']> = (_parent, { externalId }, ctx) =>
  find(ctx, externalId);
