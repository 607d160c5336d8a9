import type { InformationSourceConnectionResolvers } from './../../types.generated.js';

export const InformationSourceConnection: InformationSourceConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
