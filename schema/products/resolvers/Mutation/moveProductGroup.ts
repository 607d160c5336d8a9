import type { MutationResolvers } from './../../../types.generated.js';
import { productGroups } from '../../../../src/modules/products/groups.service.js';

export const moveProductGroup: NonNullable<MutationResolvers['moveProductGroup']> = (_parent, { input }, ctx) => productGroups.move(ctx, input);
