import type { MutationResolvers } from './../../../types.generated.js';
import { setArchived as run } from '../../../../src/modules/products/products.service.js';

export const restoreProduct: NonNullable<MutationResolvers['restoreProduct']> = (_parent, { input }, ctx) => run(ctx, input, false);
