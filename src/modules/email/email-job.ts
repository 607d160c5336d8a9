import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { Database } from '../../db/client.js';
import { isAnyOf } from '../../db/json-rows.js';
import { executeRows } from '../../db/raw.js';
import type { AttachmentRow } from '../../db/schema/index.js';
import * as attachments from '../attachments/attachments.repository.js';
import { enqueue, type ClaimedJob, type NewJob } from '../jobs/job-queue.js';
import { exponentialBackoff, type JobHandler } from '../jobs/job-runner.js';
import type { Reminded } from '../notifications/reminders.js';
import { newMessageId } from './addresses.js';
import * as repository from './email.repository.js';
import { configuredSender, type EmailSettings } from './settings.js';

/** The job that sends message `emailId` of `email_messages`: one per message. */
export const emailJob = (emailId: number, maxAttempts: number): NewJob =>
  ({ kind: 'email', key: `email:${emailId}`, payload: { emailId }, maxAttempts });

/** Parts of an attachment read per statement while it streams into the message. */
const PARTS_PER_READ = 4;

/** An attachment's bytes as a stream, a few parts per statement, for nodemailer to read as it writes the message. */
function attachmentStream(db: Database, attachment: AttachmentRow): Readable {
  return Readable.from((async function* parts() {
    let next = 0;
    let sent = 0;
    while (sent < attachment.size) {
      const rows = await attachments.partsFrom(db, attachment.id, next, PARTS_PER_READ);
      if (rows.length === 0 || rows[0].partNumber !== next) break;
      for (const part of rows) {
        if (part.partNumber !== next) break;
        next += 1;
        sent += part.data.length;
        yield part.data;
      }
    }
    // A cut file must not go out as whole: the attempt fails and is retried (or FAILED).
    if (sent !== attachment.size) throw new Error(`Attachment ${attachment.id} (${attachment.fileName}) changed or was deleted while it was being sent.`);
  })());
}

interface Sent { response: string }

const emailIdOf = (job: ClaimedJob) => Number((job.payload as { emailId: number }).emailId);

/**
 * Runs `email` jobs: `perform` sends the message through SMTP_URL with nodemailer (outside any
 * transaction: at least once, always with the message's own Message-ID, so a repeat is one the
 * receiving side can recognise); `finish` records it SENT; a failed attempt is recorded on the
 * message, which is FAILED after its last.
 */
export function emailHandler(db: Database, settings: EmailSettings): JobHandler<Sent> {
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as SMTPTransport.Options);
  const messageOf = async (job: ClaimedJob) => {
    const id = emailIdOf(job);
    const message = await repository.messageById(db, id);
    if (!message) throw new Error(`E-mail message ${id} does not exist.`);
    return message;
  };
  return {
    async perform(job) {
      const message = await messageOf(job);
      const files = message.attachmentIds.length === 0 ? [] : await attachments.storedByIds(db, message.attachmentIds);
      const byId = new Map(files.map((file) => [file.id, file]));
      const missing = message.attachmentIds.filter((id) => !byId.has(id));
      if (missing.length > 0) throw new Error(`Attachment ${missing.join(', ')} of the message no longer exists.`);
      const info = await transport.sendMail({
        from: message.fromAddress,
        to: message.toAddresses,
        cc: message.ccAddresses.length > 0 ? message.ccAddresses : undefined,
        subject: message.subject,
        text: message.bodyText,
        html: message.bodyHtml ?? undefined,
        messageId: message.messageId,
        date: message.createdAt,
        attachments: message.attachmentIds.map((id) => {
          const file = byId.get(id)!;
          return { filename: file.fileName, contentType: file.contentType ?? undefined, content: attachmentStream(db, file) };
        }),
      });
      return { response: info.response };
    },
    // Only `tx` here: on PGlite a statement outside the transaction would wait for it to end.
    async finish(tx, job, outcome) {
      await repository.markSent(tx, emailIdOf(job), job.attempt, outcome.response);
    },
    async failed(tx, job, error, final) {
      await repository.markAttemptFailed(tx, emailIdOf(job), job.attempt, error instanceof Error ? error.message : String(error), final);
    },
    retryDelayMs: (attempt) => exponentialBackoff(attempt, settings.retryBaseMs),
  };
}

/**
 * The e-mail side of a reminder, in the transaction of its notifications: each employee who wants
 * notifications by e-mail (`employees.email_notifications`, and still active) gets a message and
 * its `email` job. Nothing when the server sends no e-mail.
 */
export async function emailReminders(tx: Database, reminded: readonly Reminded[], settings: EmailSettings): Promise<void> {
  const from = configuredSender(settings);
  if (from === null || reminded.length === 0) return;
  const rows = await executeRows<{ id: number | string; title: string; due_at: string | Date | null; email: string; time_zone: string; full_name: string }>(tx, sql`
    select n.id, n.title, n.due_at, e.email, e.time_zone, e.full_name
    from notifications n join employees e on e.id = n.employee_id
    where ${isAnyOf(sql`n.id`, reminded.map((r) => r.notificationId))} and e.email_notifications and e.active
    order by n.id`);
  if (rows.length === 0) return;
  const messages = await repository.insertMessages(tx, rows.map((row) => {
    const due = row.due_at ? DateTime.fromJSDate(new Date(row.due_at)).setZone(row.time_zone).toFormat('yyyy-MM-dd HH:mm (z)') : null;
    return {
      notificationId: Number(row.id),
      fromAddress: from,
      toAddresses: [row.email],
      subject: `Reminder: ${row.title}`.replace(/\s+/g, ' ').slice(0, 500),
      bodyText: `${row.full_name},\n\nthis is your reminder of: ${row.title}${due ? `\nDue: ${due}` : ''}\n`,
      messageId: newMessageId(from),
    };
  }));
  await enqueue(tx, messages.map((message) => emailJob(message.id, settings.maxAttempts)));
}
