import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, recordColumns, ref } from './columns.js';

/** A URL an ADMIN registered to be told of changes (the change feed's topics and kinds), signed with its own secret. */
export const webhooks = pgTable('webhooks', {
  id: id(),
  url: text('url').notNull(),
  description: text('description'),
  /** The change topics it wants (`chronicle`, `appeal`, `claim`). */
  topics: text('topics').array().notNull(),
  /** The kinds of change it wants (CREATED, STATUS_CHANGED, …); null: every kind. */
  kinds: text('kinds').array(),
  /** The HMAC-SHA256 key its deliveries are signed with; shown to the ADMIN when made or rotated. */
  secret: text('secret').notNull(),
  active: boolean('active').notNull().default(true),
  /** Failed attempts since its last delivered one: at the configured limit it is disabled. */
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date', precision: 3 }),
  disabledReason: text('disabled_reason'),
  ...recordColumns(),
}, (t) => [
  index('webhooks_active_idx').on(t.id).where(sql`${t.active}`),
]);

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['PENDING', 'DELIVERED', 'FAILED', 'CANCELLED']);

/** One event for one webhook: written in the transaction of the change (the outbox), sent by a `webhook` job. */
export const webhookDeliveries = pgTable('webhook_deliveries', {
  id: id(),
  webhookId: ref('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
  /** The event's id, the same in every attempt: a receiver drops a delivery it has seen. */
  eventId: uuid('event_id').notNull().default(sql`gen_random_uuid()`),
  topic: text('topic').notNull(),
  kind: text('kind').notNull(),
  /** The body sent, the same in every attempt. */
  body: jsonb('body').$type<Record<string, unknown>>().notNull(),
  status: webhookDeliveryStatus('status').notNull().default('PENDING'),
  attempts: integer('attempts').notNull().default(0),
  /** The HTTP status of the last attempt; null when it got no answer. */
  lastStatusCode: integer('last_status_code'),
  lastError: text('last_error'),
  createdAt: createdAt(),
  lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true, mode: 'date', precision: 3 }),
  deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date', precision: 3 }),
}, (t) => [
  index('webhook_deliveries_webhook_idx').on(t.webhookId, t.id.desc()),
  index('webhook_deliveries_status_idx').on(t.status, t.id.desc()),
]);

export type WebhookRow = typeof webhooks.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
