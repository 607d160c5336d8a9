import type { SubscriptionResolvers } from './../../../types.generated.js';
import { deliveredNotification, myNotificationChanges } from '../../../../src/modules/notifications/notifications.service.js';

export const notificationAdded: NonNullable<SubscriptionResolvers['notificationAdded']> = {
  subscribe: (_parent, _args, ctx) => myNotificationChanges(ctx),
  resolve: deliveredNotification as never,
};
