import type { MutationResolvers } from './../../../types.generated';
import { updatePriceType as run } from '../../../../src/modules/products/prices.service';

export const updatePriceType: NonNullable<MutationResolvers['updatePriceType']> = (_parent, { input }, ctx) => run(ctx, input);
