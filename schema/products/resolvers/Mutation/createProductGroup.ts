import type { MutationResolvers } from './../../../types.generated';
import { createGroup as run } from '../../../../src/modules/products/groups.service';

export const createProductGroup: NonNullable<MutationResolvers['createProductGroup']> = (_parent, { input }, ctx) => run(ctx, input);
