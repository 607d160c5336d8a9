import type { ApiKeyConnectionResolvers } from './../../types.generated.js';

export const ApiKeyConnection: ApiKeyConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
