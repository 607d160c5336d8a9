import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { allColumnsOf, rowsByIds } from '../../db/json-rows.js';
import { selectConnection } from '../../db/paging.js';
import { executeRows } from '../../db/raw.js';
import { webhookDeliveries, webhooks, type WebhookDeliveryRow, type WebhookRow } from '../../db/schema/index.js';
import { updateVersioned } from '../../db/versioned.js';
import { sortBy, type PageArgs, type SortKey } from '../../lib/connection.js';

export type WebhookInsert = typeof webhooks.$inferInsert;
export type DeliveryStatus = WebhookDeliveryRow['status'];

const newestWebhooks: SortKey<WebhookRow>[] = [sortBy.id<WebhookRow>(webhooks.id, true)];
const newestDeliveries: SortKey<WebhookDeliveryRow>[] = [sortBy.id<WebhookDeliveryRow>(webhookDeliveries.id, true)];

export const listWebhooks = (db: Database, args: PageArgs) =>
  selectConnection(db, allColumnsOf(webhooks), undefined, newestWebhooks, args);

export const listDeliveries = (db: Database, filter: { webhookId?: number; status?: DeliveryStatus }, args: PageArgs) =>
  selectConnection(db, allColumnsOf(webhookDeliveries), and(
    filter.webhookId !== undefined ? eq(webhookDeliveries.webhookId, filter.webhookId) : undefined,
    filter.status !== undefined ? eq(webhookDeliveries.status, filter.status) : undefined,
  ), newestDeliveries, args);

export const webhooksByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, webhooks, ids);
export const deliveriesByIds = (db: Database, ids: readonly number[]) => rowsByIds(db, webhookDeliveries, ids);

export async function insertWebhook(db: Database, values: WebhookInsert): Promise<WebhookRow> {
  const [row] = await db.insert(webhooks).values(values).returning();
  return row;
}

export const updateWebhook = (db: Database, id: number, expectedVersion: number, values: Partial<WebhookInsert>) =>
  updateVersioned(db, webhooks, id, expectedVersion, values);

export async function deleteWebhook(db: Database, id: number): Promise<boolean> {
  const rows = await db.delete(webhooks).where(eq(webhooks.id, id)).returning({ id: webhooks.id });
  return rows.length > 0;
}

/**
 * The outbox: for each change, a delivery to every active webhook that wants it and a `webhook`
 * job to send it, in the caller's (the writing) transaction, by one statement. A SQL function of
 * the table owner's does it (migration 0029), so that the partner portal's role, which writes
 * appeals, claims and comments, needs no grant on webhooks and their secrets.
 */
export async function enqueueDeliveries(
  tx: Database, events: readonly { topic: string; kind: string; body: Record<string, unknown> }[],
): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select crm_enqueue_webhook_deliveries(${JSON.stringify(events)}::jsonb)`);
}

/** What a delivery's job needs to send it: the delivery and its webhook, if both still exist. */
export interface DeliveryTarget {
  id: number;
  eventId: string;
  body: Record<string, unknown>;
  status: DeliveryStatus;
  url: string;
  secret: string;
  active: boolean;
  webhookId: number;
}

export async function deliveryTarget(db: Database, deliveryId: number): Promise<DeliveryTarget | null> {
  const [row] = await executeRows<{ id: number | string; event_id: string; body: Record<string, unknown>; status: DeliveryStatus;
    url: string; secret: string; active: boolean; webhook_id: number | string }>(db, sql`
    select d.id, d.event_id, d.body, d.status, w.url, w.secret, w.active, w.id as webhook_id
    from webhook_deliveries d join webhooks w on w.id = d.webhook_id where d.id = ${deliveryId}`);
  return row ? {
    id: Number(row.id), eventId: row.event_id, body: row.body, status: row.status, url: row.url, secret: row.secret,
    active: row.active, webhookId: Number(row.webhook_id),
  } : null;
}

/** Records an attempt that reached the receiver and was taken (2xx): the delivery is done, the webhook's failures are forgotten. */
export async function recordDelivered(tx: Database, deliveryId: number, statusCode: number): Promise<void> {
  const [delivery] = await tx.update(webhookDeliveries).set({
    status: 'DELIVERED', attempts: sql`${webhookDeliveries.attempts} + 1`, lastStatusCode: statusCode, lastError: null,
    lastAttemptAt: sql`now()`, deliveredAt: sql`now()`,
  }).where(eq(webhookDeliveries.id, deliveryId)).returning({ webhookId: webhookDeliveries.webhookId });
  if (delivery) await tx.update(webhooks).set({ consecutiveFailures: 0 }).where(eq(webhooks.id, delivery.webhookId));
}

/** Marks a pending delivery CANCELLED: its webhook was disabled or deleted before it went out. */
export async function recordCancelled(tx: Database, deliveryId: number): Promise<void> {
  await tx.update(webhookDeliveries).set({ status: 'CANCELLED' })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, 'PENDING')));
}

/**
 * Records a failed attempt, and FAILED after the last one; the webhook counts it, and at
 * `disableAfter` failed attempts in a row is disabled, with the reason.
 */
export async function recordFailedAttempt(
  tx: Database, deliveryId: number, attempt: { statusCode: number | null; error: string; final: boolean }, disableAfter: number,
): Promise<void> {
  const [delivery] = await tx.update(webhookDeliveries).set({
    status: attempt.final ? 'FAILED' : 'PENDING', attempts: sql`${webhookDeliveries.attempts} + 1`,
    lastStatusCode: attempt.statusCode, lastError: attempt.error, lastAttemptAt: sql`now()`,
  }).where(eq(webhookDeliveries.id, deliveryId)).returning({ webhookId: webhookDeliveries.webhookId });
  if (!delivery) return;
  await tx.execute(sql`update webhooks set consecutive_failures = consecutive_failures + 1,
      active = active and consecutive_failures + 1 < ${disableAfter},
      disabled_at = case when active and consecutive_failures + 1 >= ${disableAfter} then now() else disabled_at end,
      disabled_reason = case when active and consecutive_failures + 1 >= ${disableAfter}
        then ${`Disabled after ${disableAfter} failed delivery attempts in a row; the last: `} || ${attempt.error} else disabled_reason end
    where id = ${delivery.webhookId}`);
}
