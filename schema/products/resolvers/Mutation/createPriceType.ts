import type { MutationResolvers } from './../../../types.generated';
import { createPriceType as run } from '../../../../src/modules/products/prices.service';

export const createPriceType: NonNullable<MutationResolvers['createPriceType']> = (_parent, { input }, ctx) => run(ctx, input);
