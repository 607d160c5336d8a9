import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rowsByIds, rowsByParents } from '../../db/json-rows.js';
import { attachmentParts, attachments, type AttachmentInsert, type AttachmentOwnerColumn, type AttachmentRow } from '../../db/schema/index.js';

/** The most bytes one row of `attachment_parts` holds: what a write or a read keeps in memory at a time. */
export const PART_BYTES = 256 * 1024;

/** Stored attachments by id; a PENDING one (its bytes not sent yet) is not an attachment yet. */
export const storedByIds = (db: Database, ids: readonly number[]) =>
  rowsByIds(db, attachments, ids).then((rows) => rows.filter((row) => row.state === 'STORED'));

/** The stored attachments of each owner `ids` of one kind, oldest first. */
export const storedByOwners = (db: Database, column: AttachmentOwnerColumn, ids: readonly number[]) =>
  rowsByParents(db, attachments, attachments[column], ids, [asc(attachments.id)], eq(attachments.state, 'STORED'));

export async function insertAttachment(db: Database, values: AttachmentInsert): Promise<AttachmentRow> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row;
}

/** The PENDING attachment `id`, locked until the transaction ends; null once stored (or swept, or never made). */
export async function lockPending(db: Database, id: number): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(attachments).where(and(eq(attachments.id, id), eq(attachments.state, 'PENDING'))).for('update');
  return row ?? null;
}

/** Whether attachment `id` exists in any state (a PENDING one locked by another upload is seen too). */
export async function exists(db: Database, id: number): Promise<boolean> {
  const [row] = await db.select({ id: attachments.id }).from(attachments).where(eq(attachments.id, id));
  return row !== undefined;
}

export const insertPart = (db: Database, attachmentId: number, partNumber: number, data: Buffer) =>
  db.insert(attachmentParts).values({ attachmentId, partNumber, data });

export async function markStored(
  db: Database, id: number, values: { size: number; sha256: string; contentType: string; detectedContentType: string | null },
): Promise<AttachmentRow> {
  const [row] = await db.update(attachments)
    .set({ ...values, state: 'STORED', uploadExpiresAt: null, uploadedAt: sql`now()` })
    .where(eq(attachments.id, id))
    .returning();
  return row;
}

/** Deletes a stored attachment and its parts; null when there was none. */
export async function deleteStored(db: Database, id: number): Promise<AttachmentRow | null> {
  const [row] = await db.delete(attachments).where(and(eq(attachments.id, id), eq(attachments.state, 'STORED'))).returning();
  return row ?? null;
}

/** Removes the PENDING attachments whose upload URL expired before `before`: their upload never came. */
export const sweepExpired = (db: Database, before: Date) =>
  db.delete(attachments).where(and(eq(attachments.state, 'PENDING'), lt(attachments.uploadExpiresAt, before)));

/** Up to `count` parts of attachment `id` from part `from` on, in order: a download reads a few at a time. */
export const partsFrom = (db: Database, id: number, from: number, count: number) =>
  db.select({ partNumber: attachmentParts.partNumber, data: attachmentParts.data }).from(attachmentParts)
    .where(and(eq(attachmentParts.attachmentId, id), gte(attachmentParts.partNumber, from)))
    .orderBy(asc(attachmentParts.partNumber))
    .limit(count);
