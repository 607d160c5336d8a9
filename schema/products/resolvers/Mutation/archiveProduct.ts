import type { MutationResolvers } from './../../../types.generated';
import { setArchived as run } from '../../../../src/modules/products/products.service';

export const archiveProduct: NonNullable<MutationResolvers['archiveProduct']> = (_parent, { input }, ctx) => run(ctx, input, true);
