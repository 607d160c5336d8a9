import type { MutationResolvers } from './../../../types.generated.js';
import { updatePriceType as run } from '../../../../src/modules/products/prices.service.js';

export const updatePriceType: NonNullable<MutationResolvers['updatePriceType']> = (_parent, { input }, ctx) => run(ctx, input);
