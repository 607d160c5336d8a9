import type { MutationResolvers } from './../../../types.generated.js';
import { productGroups } from '../../../../src/modules/products/groups.service.js';

export const deleteProductGroup: NonNullable<MutationResolvers['deleteProductGroup']> = (_parent, { input }, ctx) => productGroups.remove(ctx, input);
