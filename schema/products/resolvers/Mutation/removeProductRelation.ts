import type { MutationResolvers } from './../../../types.generated.js';
import { removeRelation as run } from '../../../../src/modules/products/products.service.js';

export const removeProductRelation: NonNullable<MutationResolvers['removeProductRelation']> = (_parent, { input }, ctx) => run(ctx, input);
