import type { TaskConnectionResolvers } from './../../types.generated.js';

export const TaskConnection: TaskConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
