import type { MutationResolvers } from './../../../types.generated.js';
import { createProduct as run } from '../../../../src/modules/products/products.service.js';

export const createProduct: NonNullable<MutationResolvers['createProduct']> = (_parent, { input }, ctx) => run(ctx, input);
