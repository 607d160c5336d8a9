import type { MutationResolvers } from './../../../types.generated';
import { setRelation as run } from '../../../../src/modules/products/products.service';

export const setProductRelation: NonNullable<MutationResolvers['setProductRelation']> = (_parent, { input }, ctx) => run(ctx, input);
