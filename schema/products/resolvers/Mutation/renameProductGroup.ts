import type { MutationResolvers } from './../../../types.generated';
import { renameGroup as run } from '../../../../src/modules/products/groups.service';

export const renameProductGroup: NonNullable<MutationResolvers['renameProductGroup']> = (_parent, { input }, ctx) => run(ctx, input);
