import type { MutationResolvers } from './../../../types.generated';
import { productGroups } from '../../../../src/modules/products/groups.service';

export const deleteProductGroup: NonNullable<MutationResolvers['deleteProductGroup']> = (_parent, { input }, ctx) => productGroups.remove(ctx, input);
