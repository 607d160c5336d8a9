import type { MutationResolvers } from './../../../types.generated.js';
import { deletePrice as run } from '../../../../src/modules/products/prices.service.js';

export const deletePrice: NonNullable<MutationResolvers['deletePrice']> = (_parent, { input }, ctx) => run(ctx, input);
