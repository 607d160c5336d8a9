import type { MutationResolvers } from './../../../types.generated';
import { productGroups } from '../../../../src/modules/products/groups.service';

export const createProductGroup: NonNullable<MutationResolvers['createProductGroup']> = (_parent, { input }, ctx) => productGroups.create(ctx, input);
