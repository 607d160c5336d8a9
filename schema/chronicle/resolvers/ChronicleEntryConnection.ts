import type { ChronicleEntryConnectionResolvers } from './../../types.generated.js';

export const ChronicleEntryConnection: ChronicleEntryConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
