import type { MutationResolvers } from './../../../types.generated.js';
import { productGroups } from '../../../../src/modules/products/groups.service.js';

export const renameProductGroup: NonNullable<MutationResolvers['renameProductGroup']> = (_parent, { input }, ctx) => productGroups.rename(ctx, input);
