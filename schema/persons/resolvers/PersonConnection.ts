import type { PersonConnectionResolvers } from './../../types.generated.js';

export const PersonConnection: PersonConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
