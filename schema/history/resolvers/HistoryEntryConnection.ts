import type { HistoryEntryConnectionResolvers } from './../../types.generated.js';

export const HistoryEntryConnection: HistoryEntryConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
