import type { MutationResolvers } from './../../../types.generated.js';
import { completeTask as run } from '../../../../src/modules/tasks/tasks.service.js';

export const completeTask: NonNullable<MutationResolvers['completeTask']> = (_parent, { input }, ctx) => run(ctx, input);
