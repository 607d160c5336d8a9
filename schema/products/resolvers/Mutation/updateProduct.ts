import type { MutationResolvers } from './../../../types.generated';
import { updateProduct as run } from '../../../../src/modules/products/products.service';

export const updateProduct: NonNullable<MutationResolvers['updateProduct']> = (_parent, { input }, ctx) => run(ctx, input);
