import type { MutationResolvers } from './../../../types.generated.js';
import { setArchived as run } from '../../../../src/modules/products/products.service.js';

export const archiveProduct: NonNullable<MutationResolvers['archiveProduct']> = (_parent, { input }, ctx) => run(ctx, input, true);
