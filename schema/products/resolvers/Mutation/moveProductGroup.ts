import type { MutationResolvers } from './../../../types.generated';
import { moveGroup as run } from '../../../../src/modules/products/groups.service';

export const moveProductGroup: NonNullable<MutationResolvers['moveProductGroup']> = (_parent, { input }, ctx) => run(ctx, input);
