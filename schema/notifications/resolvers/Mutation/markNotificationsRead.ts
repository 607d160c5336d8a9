import type { MutationResolvers } from './../../../types.generated.js';
import { markNotificationsRead as mark } from '../../../../src/modules/notifications/notifications.service.js';

export const markNotificationsRead: NonNullable<MutationResolvers['markNotificationsRead']> = (_parent, { input }, ctx) => mark(ctx, input);
