import type { PersonConnectionResolvers } from './../../types.generated';

export const PersonConnection: PersonConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
