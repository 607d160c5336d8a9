import type { QueryResolvers } from './../../../types.generated.js';
import { listPriceTypes } from '../../../../src/modules/products/prices.service.js';

export const priceTypes: NonNullable<QueryResolvers['priceTypes']> = (_parent, { purpose }, ctx) => listPriceTypes(ctx, purpose);
