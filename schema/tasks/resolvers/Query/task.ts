import type { QueryResolvers } from './../../../types.generated.js';
import { getTask } from '../../../../src/modules/tasks/tasks.service.js';

export const task: NonNullable<QueryResolvers['task']> = (_parent, { id }, ctx) => getTask(ctx, id);
