import type { AppealConnectionResolvers } from './../../types.generated.js';

export const AppealConnection: AppealConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
