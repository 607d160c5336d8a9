import { once, setMaxListeners } from 'node:events';
import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { createContext } from '../../context.js';
import { isDatabaseUnavailable } from '../../db/availability.js';
import type { Database, DatabaseHandle } from '../../db/client.js';
import type { AttachmentRow } from '../../db/schema/index.js';
import { newRequestScope } from '../../db/request-scope.js';
import { databaseUnavailableExtensions, databaseUnavailableMessage, RETRY_AFTER_SECONDS } from '../../lib/database-unavailable.js';
import { keyOf, toGlobalId } from '../../lib/global-id.js';
import type { KeyHolder } from '../auth/viewer.js';
import { partnerReads } from '../portal/partner-reads.js';
import { asPartner } from '../portal/row-security.js';
import * as repository from './attachments.repository.js';
import { downloadPath, storeSignedUpload } from './attachments.service.js';
import { isMultipartRequest, MultipartRefusal, MultipartRequest } from './multipart.js';
import { mayReadOwner, ownerOf } from './owners.js';
import type { AttachmentSettings } from './settings.js';
import { UPLOAD_PATH } from './upload-url.js';
import { sendError, sendJson } from '../../lib/http-json.js';

/**
 * The attachments' HTTP side, apart from Apollo: the GraphQL multipart request read into the
 * operation Apollo runs (`readMultipartOperation`, for any GraphQL endpoint), the download
 * (`GET /attachments/<id>`) and the signed upload (`PUT /attachments/upload/<token>`).
 */

export const ATTACHMENTS_PATH = '/attachments/';

/** The most files one multipart request may send. */
const MAX_FILES = 10;

/** The most bytes of a multipart request's `operations` and `map`: what any other operation's body may have. */
const MULTIPART_FIELD_BYTES = 1_048_576;

/**
 * Parts a download reads per statement. One: a bytea travels as hex text, so a part of 256 KiB is
 * about a MiB in flight between the driver's buffers and its decoding, and four at once held 5 MiB.
 */
const PARTS_PER_READ = 1;

/** Answers and stops reading a request whose body is not wanted: the connection closes once the answer is out. */
function refuseUnread(request: http.IncomingMessage, response: http.ServerResponse, status: number, code: string, message: string): void {
  response.setHeader('connection', 'close');
  response.once('finish', () => request.destroy());
  sendError(response, status, code, message);
}

export { isMultipartRequest };

/**
 * For a GraphQL endpoint's POST of `multipart/form-data`: reads the request up to its first file
 * and answers the operation to run (Apollo's JSON body, an `Upload` at each mapped variable) with
 * the request's files, whose `finish(response)` must be called once the operation has run. Only
 * a caller with a valid key (`authenticated`) may send files. Answers the request itself, and
 * returns null, when it breaks the spec or the limits.
 */
export async function readMultipartOperation(
  request: http.IncomingMessage, response: http.ServerResponse, authenticated: boolean, maxUploadBytes: number,
): Promise<{ body: Record<string, unknown>; multipart: MultipartRequest } | null> {
  if (!authenticated) {
    refuseUnread(request, response, 401, 'UNAUTHENTICATED', 'Files are taken from a valid API key only: send it as "Authorization: Bearer <key>".');
    return null;
  }
  try {
    return await MultipartRequest.read(request, { fieldBytes: MULTIPART_FIELD_BYTES, files: MAX_FILES, fileBytes: maxUploadBytes });
  } catch (error) {
    if (!(error instanceof MultipartRefusal)) throw error;
    refuseUnread(request, response, error.status, 'BAD_REQUEST', error.message);
    return null;
  }
}

/** An attachment as the signed upload answers it: the fields of the GraphQL type. */
export const attachmentJson = (attachment: AttachmentRow) => ({
  id: toGlobalId('Attachment', attachment.id),
  fileName: attachment.fileName,
  contentType: attachment.contentType,
  declaredContentType: attachment.declaredContentType,
  detectedContentType: attachment.detectedContentType,
  size: attachment.size,
  sha256: attachment.sha256,
  uploadedAt: attachment.uploadedAt.toISOString(),
  downloadUrl: downloadPath(attachment),
});

/**
 * `Content-Disposition` for a download of `fileName` (RFC 6266): an ASCII `filename` for old
 * clients, and the name itself, UTF-8 and percent-encoded (RFC 5987), as `filename*`.
 */
export function contentDisposition(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- anything outside printable ASCII is replaced
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Waits until `response` takes more, or its client is gone (false). */
async function drained(response: http.ServerResponse): Promise<boolean> {
  if (response.destroyed) return false;
  const [event] = await Promise.race([once(response, 'drain').then(() => ['drain']), once(response, 'close').then(() => ['close'])]);
  return event === 'drain';
}

/** Writes attachment `attachment`'s parts to `response` in order, a few parts per statement, as fast as the client takes them. */
async function streamParts(db: Database, attachment: AttachmentRow, response: http.ServerResponse): Promise<void> {
  let next = 0;
  let sent = 0;
  while (sent < attachment.size) {
    const parts = await repository.partsFrom(db, attachment.id, next, PARTS_PER_READ);
    if (parts.length === 0 || parts[0].partNumber !== next) break;
    for (const part of parts) {
      if (part.partNumber !== next) break;
      next += 1;
      sent += part.data.length;
      if (!response.write(part.data) && !(await drained(response))) return;
    }
  }
  // Parts missing (the attachment deleted meanwhile): the client must not take a cut file for whole.
  if (sent !== attachment.size) response.destroy();
  else response.end();
}

export interface AttachmentRoutes {
  /** Whether `request` is a download (GET or HEAD under ATTACHMENTS_PATH) or a signed upload (PUT under UPLOAD_PATH). */
  handles(request: http.IncomingMessage, url: URL): boolean;
  answer(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void>;
}

/**
 * The download and the signed upload. `authenticate` is the server's key check, `database` its
 * database, whose request handles count and admit each request's statements.
 */
/**
 * The attachment `key` if `holder` may read the record it belongs to: staff by the staff API's
 * rules, a partner when the record is its own, found through the portal's partner-bound reads
 * under row-level security, as the portal finds it.
 */
async function readableAttachment(db: Database, holder: KeyHolder, key: number, timeZone: string): Promise<AttachmentRow | null> {
  if (holder.role === 'PARTNER') {
    return asPartner(db, holder.counterpartyId, (tx) => partnerReads(tx, holder.counterpartyId, timeZone).load.attachment.load(key));
  }
  const ctx = createContext(db, holder, { defaultTimeZone: timeZone });
  const attachment = await ctx.loaders.attachments.byId.load(key);
  return attachment && (await mayReadOwner(ctx, ownerOf(attachment))) ? attachment : null;
}

export function attachmentRoutes(deps: {
  database: Pick<DatabaseHandle, 'forRequest'>;
  authenticate(authorization: string | undefined, db: Database): Promise<KeyHolder>;
  settings: AttachmentSettings;
  /** DEFAULT_TIME_ZONE, for the reads that find a file's record. */
  timeZone: string;
}): AttachmentRoutes {
  /** A request's database: statements admitted under `key` and stopped when its client goes away. */
  function requestDatabase(response: http.ServerResponse, key: string): Database {
    const scope = newRequestScope();
    const clientGone = new AbortController();
    setMaxListeners(0, clientGone.signal);
    response.once('close', () => { if (!response.writableFinished) clientGone.abort(); });
    scope.admission = { key, signal: clientGone.signal };
    return deps.database.forRequest(scope);
  }

  function refuseUnavailable(response: http.ServerResponse): void {
    response.setHeader('retry-after', RETRY_AFTER_SECONDS);
    sendJson(response, 503, { errors: [{ message: databaseUnavailableMessage, extensions: databaseUnavailableExtensions() }] });
  }

  async function download(request: http.IncomingMessage, response: http.ServerResponse, id: string): Promise<void> {
    const scope = newRequestScope();
    let viewer: KeyHolder;
    try {
      viewer = await deps.authenticate(request.headers.authorization, deps.database.forRequest(scope));
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
        response.setHeader('www-authenticate', 'Bearer');
        sendError(response, 401, 'UNAUTHENTICATED', error.message);
      } else if (isDatabaseUnavailable(error)) {
        refuseUnavailable(response);
      } else {
        throw error;
      }
      return;
    }
    const db = requestDatabase(response, String(viewer.apiKeyId));
    const key = keyOf(id, 'Attachment');
    const attachment = key === null ? null : await readableAttachment(db, viewer, key, deps.timeZone);
    // An attachment of a record the viewer may not read is answered as one that does not exist.
    if (!attachment) {
      sendError(response, 404, 'NOT_FOUND', 'No attachment has this id, or it is not yours to read.');
      return;
    }
    const etag = `"${attachment.sha256}"`;
    const headers: http.OutgoingHttpHeaders = {
      etag,
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    };
    if ((request.headers['if-none-match'] ?? '').split(',').some((tag) => tag.trim() === etag)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': attachment.contentType!,
      'content-length': attachment.size,
      'content-disposition': contentDisposition(attachment.fileName),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    await streamParts(db, attachment, response);
  }

  async function upload(request: http.IncomingMessage, response: http.ServerResponse, token: string): Promise<void> {
    const length = request.headers['content-length'];
    // Signed uploads share one admission key: together they hold at most DATABASE_CONNECTIONS_PER_KEY connections.
    const db = requestDatabase(response, 'signed-upload');
    const result = await storeSignedUpload(db, deps.settings, token, request, length === undefined ? null : Number(length));
    if (result.ok) {
      sendJson(response, 200, attachmentJson(result.attachment));
    } else if (request.complete) {
      sendError(response, result.status, result.code, result.message);
    } else {
      refuseUnread(request, response, result.status, result.code, result.message);
    }
  }

  return {
    handles(request, url) {
      if (!url.pathname.startsWith(ATTACHMENTS_PATH)) return false;
      if (url.pathname.startsWith(UPLOAD_PATH)) return request.method === 'PUT';
      return request.method === 'GET' || request.method === 'HEAD';
    },
    answer(request, response, url) {
      return url.pathname.startsWith(UPLOAD_PATH)
        ? upload(request, response, url.pathname.slice(UPLOAD_PATH.length))
        : download(request, response, url.pathname.slice(ATTACHMENTS_PATH.length));
    },
  };
}
