import type { MutationResolvers } from './../../../types.generated.js';
import { setRelation as run } from '../../../../src/modules/products/products.service.js';

export const setProductRelation: NonNullable<MutationResolvers['setProductRelation']> = (_parent, { input }, ctx) => run(ctx, input);
