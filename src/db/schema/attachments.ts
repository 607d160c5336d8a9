import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgEnum, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { appeals } from './appeals.js';
import { claims } from './claims.js';
import { apiKeys } from './auth.js';
import { id, ref } from './columns.js';

/** `bytea`, read as a Buffer on both drivers (postgres.js gives a Buffer, PGlite a Uint8Array). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/** PENDING: made for a signed upload URL, its bytes not yet sent; STORED: its bytes are all in `attachment_parts`. */
export const attachmentState = pgEnum('attachment_state', ['PENDING', 'STORED']);

/**
 * The records a file may belong to, one nullable column each; exactly one is set. A new owner
 * kind is one line here and one entry in `src/modules/attachments/owners.ts`.
 */
const ownerColumns = {
  appealId: ref('appeal_id').references(() => appeals.id),
  claimId: ref('claim_id').references(() => claims.id),
};

/** The property names of the owner columns, for the owner registry. */
export type AttachmentOwnerColumn = keyof typeof ownerColumns;

/** A file attached to a record; its bytes are in `attachment_parts`. */
export const attachments = pgTable('attachments', {
  id: id(),
  ...ownerColumns,
  fileName: text('file_name').notNull(),
  /** The content type the client declared. */
  declaredContentType: text('declared_content_type').notNull(),
  /** The content type served: the declared one when the bytes agree with it, else what the bytes are; null while PENDING. */
  contentType: text('content_type'),
  /** What the first bytes show (see content-type.ts); null when they match no known signature. */
  detectedContentType: text('detected_content_type'),
  /** Bytes: the declared size while PENDING, the stored size once STORED. */
  size: integer('size').notNull(),
  /** SHA-256 of the bytes, 64 hex digits; null while PENDING. */
  sha256: text('sha256'),
  state: attachmentState('state').notNull().default('STORED'),
  /** When a PENDING attachment's upload URL stops working (and the row may be swept). */
  uploadExpiresAt: timestamp('upload_expires_at', { withTimezone: true, mode: 'date', precision: 3 }),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  uploadedByApiKeyId: ref('uploaded_by_api_key_id').references(() => apiKeys.id),
}, (t) => [
  check('attachments_one_owner', sql`num_nonnulls(${sql.join(Object.keys(ownerColumns).map((key) => t[key as AttachmentOwnerColumn]), sql`, `)}) = 1`),
  check('attachments_stored_complete', sql`${t.state} = 'PENDING' or (${t.sha256} is not null and ${t.contentType} is not null)`),
  check('attachments_size_range', sql`${t.size} >= 0`),
  check('attachments_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ...Object.keys(ownerColumns).map((key) => {
    const column = t[key as AttachmentOwnerColumn];
    return index(`attachments_${column.name}_idx`).on(column, t.id).where(sql`${column} is not null`);
  }),
  index('attachments_pending_expiry_idx').on(t.uploadExpiresAt).where(sql`${t.state} = 'PENDING'`),
]);

/** An attachment's bytes, in parts of at most PART_BYTES, numbered from 0: written and read a part at a time. */
export const attachmentParts = pgTable('attachment_parts', {
  attachmentId: ref('attachment_id').notNull().references(() => attachments.id, { onDelete: 'cascade' }),
  partNumber: integer('part_number').notNull(),
  data: bytea('data').notNull(),
}, (t) => [
  primaryKey({ name: 'attachment_parts_pkey', columns: [t.attachmentId, t.partNumber] }),
]);

export type AttachmentRow = typeof attachments.$inferSelect;
export type AttachmentInsert = typeof attachments.$inferInsert;
