import type { MutationResolvers } from './../../../types.generated';
import { setPrice as run } from '../../../../src/modules/products/prices.service';

export const setPrice: NonNullable<MutationResolvers['setPrice']> = (_parent, { input }, ctx) => run(ctx, input);
