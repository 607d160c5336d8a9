import type { MutationResolvers } from './../../../types.generated';
import { deletePrice as run } from '../../../../src/modules/products/prices.service';

export const deletePrice: NonNullable<MutationResolvers['deletePrice']> = (_parent, { input }, ctx) => run(ctx, input);
