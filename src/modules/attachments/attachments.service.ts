import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Context } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { AttachmentOwnerColumn, AttachmentRow } from '../../db/schema/index.js';
import { notFound } from '../../lib/errors.js';
import { decodeGlobalId, requireKey, toGlobalId } from '../../lib/global-id.js';
import { failed, InputErrors, type Path, type UserError, type UserErrorCode } from '../../lib/user-errors.js';
import { payloadWriter, writeInTransaction } from '../../lib/write.js';
import * as repository from './attachments.repository.js';
import { PART_BYTES } from './attachments.repository.js';
import { checkContentType, SAMPLE_BYTES } from './content-type.js';
import type { FileUpload, UploadedFile } from './multipart.js';
import { ownerKindOf, ownerOf, requireAttach, type AttachmentOwner, type OwnerKind } from './owners.js';
import { signUpload, UPLOAD_PATH, verifyUpload } from './upload-url.js';

const FILE_NAME_MAX = 255;
const CONTENT_TYPE_MAX = 255;

/**
 * How long an upload's transaction may wait for the client's next bytes (PostgreSQL's
 * idle_in_transaction_session_timeout, 10 s by default here, would end a slow upload): as long as
 * the HTTP server lets a whole request take.
 */
const UPLOAD_IDLE_MS = 60_000;

/** Where a stored attachment is downloaded from (GET, with the API key), relative to the API's origin. */
export const downloadPath = (attachment: AttachmentRow) => `/attachments/${toGlobalId('Attachment', attachment.id)}`;

/** A file name as stored: its last path segment, without control characters, at most FILE_NAME_MAX characters. */
export function cleanFileName(name: string | null | undefined): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const base = (name ?? '').split(/[/\\]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...(base || 'file')].slice(0, FILE_NAME_MAX).join('');
}

type Stored = { ok: true; values: { size: number; sha256: string; contentType: string; detectedContentType: string | null } }
  | { ok: false; code: UserErrorCode; message: string };

/**
 * Writes `source`'s bytes into attachment `attachmentId`'s parts, a part at a time, hashing and
 * counting them as they pass: at most one part is held in memory, and the source is read no
 * faster than the database takes it. Refuses (the caller rolls the transaction back) the bytes
 * past `maxBytes`, and a `declared` type the first bytes contradict. The source is left open
 * where it stopped: its owner decides whether to drain it or close the connection.
 */
export async function writeParts(
  tx: Database, attachmentId: number, source: Readable, declared: string, maxBytes: number, limitName: string,
): Promise<Stored> {
  const hash = createHash('sha256');
  const part = Buffer.allocUnsafe(PART_BYTES);
  let filled = 0;
  let partNumber = 0;
  let size = 0;
  let checked: ReturnType<typeof checkContentType> | null = null;
  let mismatch = false;
  const check = () => (checked ??= checkContentType(declared, part.subarray(0, Math.min(filled, SAMPLE_BYTES))));
  // Not destroyed when the loop stops early: a refused PUT still answers on the request's connection.
  for await (const data of source.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    size += data.length;
    if (size > maxBytes) {
      return { ok: false, code: 'TOO_LARGE', message: `The file is larger than ${limitName} (${maxBytes} bytes).` };
    }
    hash.update(data);
    for (let offset = 0; offset < data.length;) {
      const taken = data.copy(part, filled, offset, Math.min(data.length, offset + PART_BYTES - filled));
      filled += taken;
      offset += taken;
      if (partNumber === 0 && filled >= SAMPLE_BYTES && !check().ok) {
        mismatch = true;
        break;
      }
      if (filled === PART_BYTES) {
        // Awaited before the next bytes are read, so the part's buffer can be filled again.
        await repository.insertPart(tx, attachmentId, partNumber++, part);
        filled = 0;
      }
    }
    if (mismatch) break;
  }
  const verdict = check();
  if (!verdict.ok) return { ok: false, code: 'CONTENT_TYPE_MISMATCH', message: verdict.message };
  if (filled > 0) await repository.insertPart(tx, attachmentId, partNumber, part.subarray(0, filled));
  return { ok: true, values: { size, sha256: hash.digest('hex'), contentType: verdict.contentType, detectedContentType: verdict.detected } };
}

/** Lets the upload's transaction wait for the client's bytes as long as the request may take. */
const allowSlowClient = (tx: Database) => tx.execute(sql.raw(`set local idle_in_transaction_session_timeout = ${UPLOAD_IDLE_MS}`));

/** The record an input's `ownerId` names, checked: a kind that takes files, existing, and open to the viewer's changes. */
async function ownerFor(ctx: Context, errors: InputErrors, path: Path, ownerId: string) {
  const decoded = decodeGlobalId(ownerId);
  const kind = decoded ? ownerKindOf(decoded.type) : undefined;
  if (!decoded) {
    errors.add(path, 'INVALID', `"${ownerId}" is not a global id.`);
    return null;
  }
  if (!kind) {
    errors.add(path, 'WRONG_TYPE', `A ${decoded.type} does not take attachments.`);
    return null;
  }
  const row = await kind.load(ctx, decoded.key);
  if (row === null) {
    errors.add(path, 'NOT_FOUND', `No ${decoded.type} has the id given in this field.`);
    return null;
  }
  requireAttach(kind, ctx.viewer, row);
  return { kind, key: decoded.key, type: decoded.type };
}

const rememberAttachment = (ctx: Context, attachment: AttachmentRow) => {
  ctx.loaders.attachments.byId.clear(attachment.id).prime(attachment.id, attachment);
  const owner = ownerOf(attachment);
  ctx.loaders.attachments.byOwner({ column: ownerKindOf(owner.type)!.column }).clear(owner.key);
};

const saveAttachment = payloadWriter('attachment', {}, rememberAttachment);

/** Stores a file of a multipart request as an attachment of the record `ownerId`, in one transaction. */
export async function uploadAttachment(ctx: Context, input: { ownerId: string; file: FileUpload }) {
  const errors = new InputErrors();
  const owner = await ownerFor(ctx, errors, ['ownerId'], input.ownerId);
  if (!owner) return failed(errors);
  const file = await input.file.open();
  return saveAttachment(ctx, errors, (tx) =>
    storeFile(tx, errors, { column: owner.kind.column, key: owner.key }, file, ctx.attachments.maxUploadBytes, ctx.viewer.apiKeyId));
}

/**
 * Streams an uploaded `file` into a new attachment of the record in `owner`'s column, in the
 * caller's transaction `tx`: null, with the reason on `file` in `errors`, when it is over `limit`
 * bytes or its first bytes contradict its declared type (the caller's transaction then rolls back).
 */
export async function storeFile(
  tx: Database, errors: InputErrors, owner: { column: AttachmentOwnerColumn; key: number },
  file: UploadedFile, limit: number, apiKeyId: number,
): Promise<AttachmentRow | null> {
  await allowSlowClient(tx);
  const pending = await repository.insertAttachment(tx, {
    [owner.column]: owner.key, fileName: cleanFileName(file.fileName), declaredContentType: declaredType(file.mimeType),
    size: 0, state: 'PENDING', uploadedByApiKeyId: apiKeyId,
  });
  const stored = await writeParts(tx, pending.id, file.stream, pending.declaredContentType, limit, 'MAX_UPLOAD_BYTES');
  if (!stored.ok) {
    errors.add(['file'], stored.code, stored.code === 'TOO_LARGE'
      ? `The file in input.file is larger than MAX_UPLOAD_BYTES (${limit} bytes); nothing was stored.`
      : `${stored.message} Nothing was stored.`);
    return null;
  }
  return repository.markStored(tx, pending.id, stored.values);
}

const declaredType = (mimeType: string | null | undefined) => [...(mimeType ?? '').trim()].slice(0, CONTENT_TYPE_MAX).join('') || 'application/octet-stream';

/**
 * Makes a PENDING attachment of the record `ownerId` and the signed URL its bytes are PUT to, once,
 * before it expires. Attachments whose URLs expired unused are swept by the maintenance job.
 */
export async function createAttachmentUploadUrl(ctx: Context, input: { ownerId: string; fileName: string; contentType: string; size: number }) {
  const errors = new InputErrors();
  const owner = await ownerFor(ctx, errors, ['ownerId'], input.ownerId);
  const fileName = errors.text(['fileName'], input.fileName, { required: true, max: FILE_NAME_MAX });
  const contentType = errors.text(['contentType'], input.contentType, { required: true, max: CONTENT_TYPE_MAX });
  if (contentType !== null && !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(contentType)) {
    errors.add(['contentType'], 'INVALID', 'A content type is written type/subtype, e.g. application/pdf.');
  }
  const limit = ctx.attachments.maxUploadBytes;
  if (!Number.isInteger(input.size) || input.size < 0) errors.add(['size'], 'OUT_OF_RANGE', 'The size is a whole number of bytes, 0 or more.');
  else if (input.size > limit) errors.add(['size'], 'TOO_LARGE', `The file is larger than MAX_UPLOAD_BYTES (${limit} bytes).`);
  const refused = () => ({ attachmentId: null, uploadUrl: null, expiresAt: null, ...failed(errors) });
  if (errors.any || !owner) return refused();
  const expiresAt = new Date(Date.now() + ctx.attachments.uploadUrlTtlSeconds * 1000);
  const attachment = await writeInTransaction(ctx.db, errors, {}, (tx) => repository.insertAttachment(tx, {
    [owner.kind.column]: owner.key, fileName: cleanFileName(fileName), declaredContentType: contentType!, size: input.size,
    state: 'PENDING', uploadExpiresAt: expiresAt, uploadedByApiKeyId: ctx.viewer.apiKeyId,
  }));
  if (!attachment) return refused();
  return {
    attachmentId: toGlobalId('Attachment', attachment.id),
    uploadUrl: `${UPLOAD_PATH}${signUpload(ctx.attachments.uploadUrlSecret, attachment.id, expiresAt)}`,
    expiresAt,
    userErrors: [] as UserError[],
  };
}

/** What a signed upload answers over HTTP. */
export type SignedUploadResult = { ok: true; attachment: AttachmentRow } | { ok: false; status: number; code: string; message: string };

class RefusedUpload extends Error {
  constructor(readonly result: Extract<SignedUploadResult, { ok: false }>) {
    super(result.message);
  }
}

/**
 * Stores the bytes PUT to a signed upload URL (`token`) into its PENDING attachment, in one
 * transaction that holds the attachment locked: a second PUT, concurrent or later, finds it
 * STORED and is refused. The bytes must be as many as declared when the URL was made.
 */
export async function storeSignedUpload(
  db: Database, settings: Context['attachments'], token: string, body: Readable, contentLength: number | null,
): Promise<SignedUploadResult> {
  const verified = verifyUpload(settings.uploadUrlSecret, token);
  if (!verified.ok) {
    return verified.reason === 'EXPIRED'
      ? { ok: false, status: 403, code: 'FORBIDDEN', message: 'This upload URL has expired; ask for a new one (createAttachmentUploadUrl).' }
      : { ok: false, status: 403, code: 'FORBIDDEN', message: 'This upload URL is not valid: it was not made by this server, or it was changed.' };
  }
  if (contentLength !== null && contentLength > settings.maxUploadBytes) {
    return { ok: false, status: 413, code: 'TOO_LARGE', message: `The file is larger than MAX_UPLOAD_BYTES (${settings.maxUploadBytes} bytes); nothing was stored.` };
  }
  try {
    const attachment = await db.transaction(async (tx) => {
      await allowSlowClient(tx);
      const pending = await repository.lockPending(tx, verified.key);
      if (!pending) {
        throw new RefusedUpload(await repository.exists(tx, verified.key)
          ? { ok: false, status: 409, code: 'CONFLICT', message: 'This upload URL has been used already; each is used once.' }
          : { ok: false, status: 404, code: 'NOT_FOUND', message: 'The attachment this upload URL was made for no longer exists.' });
      }
      if (contentLength !== null && contentLength !== pending.size) {
        throw new RefusedUpload({ ok: false, status: 400, code: 'BAD_REQUEST', message: `The upload URL was made for ${pending.size} bytes; the request sends ${contentLength}.` });
      }
      const stored = await writeParts(tx, pending.id, body, pending.declaredContentType, Math.min(pending.size, settings.maxUploadBytes), 'the declared size');
      if (!stored.ok) {
        throw new RefusedUpload(stored.code === 'TOO_LARGE'
          ? { ok: false, status: 413, code: 'TOO_LARGE', message: `The request sends more than the ${pending.size} bytes the upload URL was made for; nothing was stored.` }
          : { ok: false, status: 415, code: 'CONTENT_TYPE_MISMATCH', message: `${stored.message} Nothing was stored.` });
      }
      if (stored.values.size !== pending.size) {
        throw new RefusedUpload({ ok: false, status: 400, code: 'BAD_REQUEST', message: `The upload URL was made for ${pending.size} bytes; the request sent ${stored.values.size}. Nothing was stored.` });
      }
      return repository.markStored(tx, pending.id, stored.values);
    });
    return { ok: true, attachment };
  } catch (error) {
    if (error instanceof RefusedUpload) return error.result;
    throw error;
  }
}

/** Deletes a stored attachment with its bytes. */
export async function deleteAttachment(ctx: Context, input: { id: string }) {
  const key = requireKey(input.id, 'Attachment', ['input', 'id']);
  const attachment = await ctx.loaders.attachments.byId.load(key);
  if (!attachment) throw notFound('Attachment', ['input', 'id']);
  const owner = ownerOf(attachment);
  const kind = ownerKindOf(owner.type)!;
  const row = await kind.load(ctx, owner.key);
  requireAttach(kind, ctx.viewer, row);
  const errors = new InputErrors();
  const deleted = await writeInTransaction(ctx.db, errors, {}, (tx) => repository.deleteStored(tx, key));
  if (!deleted) throw notFound('Attachment', ['input', 'id']);
  ctx.loaders.attachments.byId.clear(key);
  ctx.loaders.attachments.byOwner({ column: kind.column }).clear(owner.key);
  return { deletedAttachmentId: input.id, userErrors: [] as UserError[] };
}

/** The stored attachments of the record `key` of type `ownerType`, oldest first, through the request's loader. */
export function ownerAttachments(ctx: Context, ownerType: string, key: number): Promise<AttachmentRow[]> {
  const kind: OwnerKind<unknown> | undefined = ownerKindOf(ownerType);
  if (!kind) throw new Error(`${ownerType} is not an attachment owner (src/modules/attachments/owners.ts).`);
  return ctx.loaders.attachments.byOwner({ column: kind.column }).load(key);
}

export const getAttachmentOwner = (attachment: AttachmentRow): AttachmentOwner => ownerOf(attachment);
