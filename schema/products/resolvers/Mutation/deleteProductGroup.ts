import type { MutationResolvers } from './../../../types.generated';
import { deleteGroup as run } from '../../../../src/modules/products/groups.service';

export const deleteProductGroup: NonNullable<MutationResolvers['deleteProductGroup']> = (_parent, { input }, ctx) => run(ctx, input);
