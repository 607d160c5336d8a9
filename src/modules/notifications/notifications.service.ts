import type { Context } from '../../context.js';
import type { NotificationRow } from '../../db/schema/index.js';
import { toConnection, type Connection, type PageArgs } from '../../lib/connection.js';
import { badInput } from '../../lib/errors.js';
import { referenceKey } from '../../lib/references.js';
import { failed, InputErrors } from '../../lib/user-errors.js';
import { writeInTransaction } from '../../lib/write.js';
import { fetchNodeOf } from '../../nodes.js';
import type { Change } from '../events/change-feed.js';
import { delivered } from '../events/subscriptions.js';
import { TOPIC } from '../events/topics.js';
import * as repository from './notifications.repository.js';

/** The viewer's employee's notifications, newest first; a key that acts for no employee has none. */
export async function myNotifications(ctx: Context, unreadOnly: boolean, args: PageArgs): Promise<Connection<NotificationRow>> {
  const { employeeId } = ctx.viewer;
  if (employeeId === null) return toConnection([], { size: 0, backward: false, cursor: null, fromCursor: false }, [], async () => 0);
  return repository.notificationsOf(ctx.db, employeeId, unreadOnly, args);
}

export const myUnreadCount = (ctx: Context) =>
  ctx.viewer.employeeId === null ? 0 : repository.unreadCountOf(ctx.db, ctx.viewer.employeeId);

/** The record a notification is about, as `node(id)` would answer it (null once deleted). */
export const subjectOf = (ctx: Context, row: NotificationRow) => fetchNodeOf(ctx, row.subjectType, row.subjectId);

export interface MarkReadInput {
  ids?: readonly string[] | null;
  all?: boolean | null;
}

/** Marks the viewer's notifications read: those of `ids`, or with `all` every unread one. */
export async function markNotificationsRead(ctx: Context, input: MarkReadInput) {
  const errors = new InputErrors();
  const { employeeId } = ctx.viewer;
  if (employeeId === null) errors.add([], 'INVALID_STATE', 'This API key acts for no employee, so it has no notifications.');
  if (input.all && input.ids) errors.add(['ids'], 'INVALID', 'Give "ids" or "all", not both.');
  if (!input.all && !input.ids) errors.add(['ids'], 'REQUIRED', 'Give the ids of the notifications to mark, or "all": true.');
  if (input.ids && input.ids.length > 1000) errors.add(['ids'], 'OUT_OF_RANGE', 'At most 1000 ids at a time; use "all" for every unread one.');
  const keys = (input.ids ?? []).map((id, index) => referenceKey(errors, ['ids', index], id, 'Notification'));
  if (errors.any || employeeId === null) return { ...failed(errors), notifications: [] };
  const marked = await writeInTransaction(ctx.db, errors, {}, async (tx) => {
    const found = await repository.markRead(tx, employeeId, input.all ? null : keys as number[]);
    // Another employee's notification is as unknown as one that never was.
    keys.forEach((key, index) => {
      if (!found.includes(key as number)) errors.add(['ids', index], 'NOT_FOUND', 'No notification of yours has this id.');
    });
    return found;
  });
  if (!marked) return { ...failed(errors), notifications: [] };
  return { notifications: await repository.notificationsByIds(ctx.db, marked), userErrors: [] };
}

/** The viewer's notifications as they are made, in any process; a key of no employee has none to follow. */
export async function myNotificationChanges(ctx: Context) {
  const { employeeId } = ctx.viewer;
  if (employeeId === null) throw badInput('This API key acts for no employee, so it has no notifications to follow.');
  if (!ctx.changes) throw new Error('Subscriptions are served over WebSocket (graphql-ws), not over HTTP.');
  return ctx.changes.subscribe({ topic: TOPIC.notification, employeeId });
}

/** A notification change delivered as the notification itself, read now with the subscriber's key. */
export async function deliveredNotification(change: Change, args: unknown, ctx: Context) {
  delivered(change, args, ctx);
  return ctx.loaders.notifications.byId.load(change.id);
}
