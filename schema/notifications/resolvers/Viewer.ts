import type { ViewerResolvers } from './../../types.generated.js';
import { myNotifications, myUnreadCount } from '../../../src/modules/notifications/notifications.service.js';

export const Viewer: Pick<ViewerResolvers, 'notifications' | 'timeZone' | 'unreadNotificationCount'> = {
  notifications: (_viewer, { unreadOnly, ...page }, ctx) => myNotifications(ctx, unreadOnly ?? false, page),
  timeZone: (_viewer, _args, ctx) => ctx.timeZone,
  unreadNotificationCount: (_viewer, _args, ctx) => myUnreadCount(ctx),
};
