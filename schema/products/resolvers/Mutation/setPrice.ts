import type { MutationResolvers } from './../../../types.generated.js';
import { setPrice as run } from '../../../../src/modules/products/prices.service.js';

export const setPrice: NonNullable<MutationResolvers['setPrice']> = (_parent, { input }, ctx) => run(ctx, input);
