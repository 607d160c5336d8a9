import type { MutationResolvers } from './../../../types.generated';
import { productGroups } from '../../../../src/modules/products/groups.service';

export const renameProductGroup: NonNullable<MutationResolvers['renameProductGroup']> = (_parent, { input }, ctx) => productGroups.rename(ctx, input);
