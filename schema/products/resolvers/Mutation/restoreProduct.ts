import type { MutationResolvers } from './../../../types.generated';
import { setArchived as run } from '../../../../src/modules/products/products.service';

export const restoreProduct: NonNullable<MutationResolvers['restoreProduct']> = (_parent, { input }, ctx) => run(ctx, input, false);
