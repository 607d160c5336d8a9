import type { InformationSourceConnectionResolvers } from './../../types.generated';

export const InformationSourceConnection: InformationSourceConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
