import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { allColumnsOf, isAnyOf, readRows, rowsByIds } from '../../db/json-rows.js';
import { emailMessages, type EmailMessageInsert, type EmailMessageRow } from '../../db/schema/index.js';

/** The messages of these chronicle entries (at most one each). */
export const messagesByEntryIds = (db: Database, entryIds: readonly number[]) =>
  readRows(db, allColumnsOf(emailMessages), {}, (fields) =>
    db.select(fields).from(emailMessages).where(isAnyOf(emailMessages.chronicleEntryId, entryIds)));

export const messageById = async (db: Database, id: number): Promise<EmailMessageRow | null> =>
  (await rowsByIds(db, emailMessages, [id]))[0] ?? null;

export async function insertMessages(db: Database, values: EmailMessageInsert[]): Promise<EmailMessageRow[]> {
  if (values.length === 0) return [];
  return db.insert(emailMessages).values(values).returning();
}

/** Records that the SMTP server took message `id` on attempt `attempt`. */
export const markSent = (db: Database, id: number, attempt: number, response: string) =>
  db.update(emailMessages)
    .set({ status: 'SENT', sentAt: sql`now()`, smtpResponse: response, attempts: attempt, lastError: null })
    .where(eq(emailMessages.id, id));

/** Records a failed attempt: still QUEUED for the next one, or FAILED after the last. */
export const markAttemptFailed = (db: Database, id: number, attempt: number, error: string, final: boolean) =>
  db.update(emailMessages)
    .set({ status: final ? 'FAILED' : 'QUEUED', attempts: attempt, lastError: error })
    .where(and(eq(emailMessages.id, id), sql`${emailMessages.status} <> 'SENT'`));
