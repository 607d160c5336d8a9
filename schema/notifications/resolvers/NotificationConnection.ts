import type { NotificationConnectionResolvers } from './../../types.generated.js';

export const NotificationConnection: NotificationConnectionResolvers = {
  totalCount: ({ totalCount }) => totalCount(),
};
