import type { MutationResolvers } from './../../../types.generated.js';
import { createPriceType as run } from '../../../../src/modules/products/prices.service.js';

export const createPriceType: NonNullable<MutationResolvers['createPriceType']> = (_parent, { input }, ctx) => run(ctx, input);
