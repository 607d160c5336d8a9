import type { QueryResolvers } from './../../../types.generated.js';
import { listTasks } from '../../../../src/modules/tasks/tasks.service.js';

export const tasks: NonNullable<QueryResolvers['tasks']> = (_parent, { where, ...page }, ctx) => listTasks(ctx, where, page);
