import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { allColumnsOf, isAnyOf, rowsByIds } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { notifications, type NotificationRow } from '../../db/schema/index.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';

const newestFirst: SortKey<NotificationRow>[] = [sortBy.id<NotificationRow>(notifications.id, true)];

const ofEmployee = (employeeId: number, unreadOnly: boolean) =>
  and(eq(notifications.employeeId, employeeId), unreadOnly ? isNull(notifications.readAt) : undefined);

/** An employee's notifications, newest first. */
export const notificationsOf = (db: Database, employeeId: number, unreadOnly: boolean, args: PageArgs) =>
  selectConnection(db, allColumnsOf(notifications), ofEmployee(employeeId, unreadOnly), newestFirst, args);

export async function unreadCountOf(db: Database, employeeId: number): Promise<number> {
  const [{ total }] = await db.select({ total: count() }).from(notifications).where(ofEmployee(employeeId, true));
  return total;
}

export const notificationsByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, notifications, ids);

/**
 * Marks read those of `ids` (every unread one when null) that are the employee's; answers the ids
 * that are the employee's, read now or before.
 */
export async function markRead(db: Database, employeeId: number, ids: readonly number[] | null): Promise<number[]> {
  const rows = await db.update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.employeeId, employeeId), ids ? isAnyOf(notifications.id, ids) : isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.map((row) => row.id);
}
