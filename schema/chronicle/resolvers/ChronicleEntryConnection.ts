import type { ChronicleEntryConnectionResolvers } from './../../types.generated';

export const ChronicleEntryConnection: ChronicleEntryConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
