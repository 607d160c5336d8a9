import type { MutationResolvers } from './../../../types.generated.js';
import { updateTask as run } from '../../../../src/modules/tasks/tasks.service.js';

export const updateTask: NonNullable<MutationResolvers['updateTask']> = (_parent, { input }, ctx) => run(ctx, input);
