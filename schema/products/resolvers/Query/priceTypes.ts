import type { QueryResolvers } from './../../../types.generated.js';
import { listPriceTypes } from '../../../../src/modules/products/prices.service.js';

export const priceTypes: NonNullable<QueryResolvers['priceTypes']> = (_parent, _args, ctx) => listPriceTypes(ctx);
