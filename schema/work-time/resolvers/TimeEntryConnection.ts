import type { TimeEntryConnectionResolvers } from './../../types.generated.js';

export const TimeEntryConnection: TimeEntryConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
