import type { MutationResolvers } from './../../../types.generated.js';
import { createTask as run } from '../../../../src/modules/tasks/tasks.service.js';

export const createTask: NonNullable<MutationResolvers['createTask']> = (_parent, { input }, ctx) => run(ctx, input);
