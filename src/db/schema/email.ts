import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { appeals } from './appeals.js';
import { chronicleEntries } from './chronicle.js';
import { createdAt, id, ref } from './columns.js';
import { deals } from './deals.js';
import { notifications } from './notifications.js';

/** QUEUED: waiting for (another) attempt; SENT: the SMTP server took it; FAILED: its last attempt failed. */
export const emailStatus = pgEnum('email_status', ['QUEUED', 'SENT', 'FAILED']);

/**
 * One e-mail the system sends, as it goes out and what became of it: written with its `email`
 * job (src/modules/email), in the transaction of the chronicle entry it is the correspondence of
 * (`sendEmail`) or of the notification it tells (a reminder e-mailed to its employee).
 */
export const emailMessages = pgTable('email_messages', {
  id: id(),
  /** The chronicle entry (kind EMAIL, outgoing) this message is; null for the system's own mail to employees. */
  chronicleEntryId: ref('chronicle_entry_id').references(() => chronicleEntries.id),
  /** The notification this message tells its employee of; null for correspondence. */
  notificationId: ref('notification_id').references(() => notifications.id),
  /** The appeal the message answers, when the sender named one. */
  appealId: ref('appeal_id').references(() => appeals.id),
  /** The deal the message is about, when the sender named one. */
  dealId: ref('deal_id').references(() => deals.id),
  fromAddress: text('from_address').notNull(),
  toAddresses: jsonb('to_addresses').$type<string[]>().notNull(),
  ccAddresses: jsonb('cc_addresses').$type<string[]>().notNull().default([]),
  subject: text('subject').notNull(),
  bodyText: text('body_text').notNull(),
  bodyHtml: text('body_html'),
  /** Attachments (ids of `attachments`) sent with it, in order; read when the message is sent. */
  attachmentIds: jsonb('attachment_ids').$type<number[]>().notNull().default([]),
  /** Our own `Message-ID` header, `<...>`: made before the first attempt, so every retry sends the same one. */
  messageId: text('message_id').notNull(),
  status: emailStatus('status').notNull().default('QUEUED'),
  /** What the SMTP server answered the accepted message. */
  smtpResponse: text('smtp_response'),
  /** Why the last attempt failed; null once sent. */
  lastError: text('last_error'),
  attempts: integer('attempts').notNull().default(0),
  sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date', precision: 3 }),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('email_messages_chronicle_entry_id_key').on(t.chronicleEntryId),
  uniqueIndex('email_messages_message_id_key').on(t.messageId),
  index('email_messages_notification_id_idx').on(t.notificationId),
  index('email_messages_appeal_id_idx').on(t.appealId),
  index('email_messages_deal_id_idx').on(t.dealId),
  check('email_messages_sent_time', sql`(${t.status} = 'SENT') = (${t.sentAt} is not null)`),
]);

export type EmailMessageRow = typeof emailMessages.$inferSelect;
export type EmailMessageInsert = typeof emailMessages.$inferInsert;
