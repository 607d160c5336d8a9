import type { MutationResolvers } from './../../../types.generated';
import { createProduct as run } from '../../../../src/modules/products/products.service';

export const createProduct: NonNullable<MutationResolvers['createProduct']> = (_parent, { input }, ctx) => run(ctx, input);
