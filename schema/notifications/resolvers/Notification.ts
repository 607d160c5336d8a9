import type { NotificationResolvers } from './../../types.generated.js';
import { toGlobalId } from '../../../src/lib/global-id.js';
import { subjectOf } from '../../../src/modules/notifications/notifications.service.js';

export const Notification: NotificationResolvers = {
  id: ({ id }) => toGlobalId('Notification', id),
  subject: (row, _args, ctx) => subjectOf(ctx, row),
  subjectId: ({ subjectType, subjectId }) => toGlobalId(subjectType, subjectId),
};
