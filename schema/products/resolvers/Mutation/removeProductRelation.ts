import type { MutationResolvers } from './../../../types.generated';
import { removeRelation as run } from '../../../../src/modules/products/products.service';

export const removeProductRelation: NonNullable<MutationResolvers['removeProductRelation']> = (_parent, { input }, ctx) => run(ctx, input);
