import type { MutationResolvers } from './../../../types.generated';
import { productGroups } from '../../../../src/modules/products/groups.service';

export const moveProductGroup: NonNullable<MutationResolvers['moveProductGroup']> = (_parent, { input }, ctx) => productGroups.move(ctx, input);
