import type { MutationResolvers } from './../../../types.generated.js';
import { updateProduct as run } from '../../../../src/modules/products/products.service.js';

export const updateProduct: NonNullable<MutationResolvers['updateProduct']> = (_parent, { input }, ctx) => run(ctx, input);
