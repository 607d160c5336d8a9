import type { MutationResolvers } from './../../../types.generated.js';
import { productGroups } from '../../../../src/modules/products/groups.service.js';

export const createProductGroup: NonNullable<MutationResolvers['createProductGroup']> = (_parent, { input }, ctx) => productGroups.create(ctx, input);
