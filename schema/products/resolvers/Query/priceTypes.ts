import type { QueryResolvers } from './../../../types.generated';
import { listPriceTypes } from '../../../../src/modules/products/prices.service';

export const priceTypes: NonNullable<QueryResolvers['priceTypes']> = (_parent, _args, ctx) => listPriceTypes(ctx);
