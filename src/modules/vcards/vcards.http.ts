import { setMaxListeners } from 'node:events';
import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { createContext } from '../../context.js';
import { isDatabaseUnavailable } from '../../db/availability.js';
import type { Database, DatabaseHandle } from '../../db/client.js';
import { newRequestScope } from '../../db/request-scope.js';
import { databaseUnavailableExtensions, databaseUnavailableMessage, RETRY_AFTER_SECONDS } from '../../lib/database-unavailable.js';
import { decodeGlobalId } from '../../lib/global-id.js';
import { contentDisposition } from '../attachments/attachments.http.js';
import { staffViewer, type KeyHolder, type Viewer } from '../auth/viewer.js';
import { fullName } from '../persons/person-rules.js';
import { counterpartyVCards, personVCard, vcardFileName } from './vcards.service.js';
import { sendError, sendJson } from '../../lib/http-json.js';

/**
 * `GET /vcard/<id>`: a person's card, or a counterparty's persons' cards, as a `.vcf` download for
 * mail programs. Authenticated like the attachments' download: an API key in `Authorization`,
 * 401 without a valid one; a partner key is refused (403) as on /graphql.
 */

export const VCARD_PATH = '/vcard/';

export interface VCardRoutes {
  handles(request: http.IncomingMessage, url: URL): boolean;
  answer(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void>;
}

/** The text and file name of the cards `id` names, or null when it names no person or counterparty. */
async function cardsOf(db: Database, viewer: Viewer, id: string, timeZone: string): Promise<{ text: string; name: string } | null> {
  const ctx = createContext(db, viewer, { defaultTimeZone: timeZone });
  const decoded = decodeGlobalId(id);
  if (decoded?.type === 'Person') {
    const person = await ctx.loaders.persons.byId.load(decoded.key);
    return person && { text: await personVCard(ctx, person), name: fullName(person) };
  }
  if (decoded?.type === 'Counterparty') {
    const counterparty = await ctx.loaders.counterparties.byId.load(decoded.key);
    return counterparty && { text: await counterpartyVCards(ctx, counterparty, false), name: counterparty.name };
  }
  return null;
}

export function vcardRoutes(deps: {
  database: Pick<DatabaseHandle, 'forRequest'>;
  authenticate(authorization: string | undefined, db: Database): Promise<KeyHolder>;
  /** DEFAULT_TIME_ZONE: which positions are current for a key of no employee. */
  timeZone: string;
}): VCardRoutes {
  async function download(request: http.IncomingMessage, response: http.ServerResponse, id: string): Promise<void> {
    let viewer: Viewer;
    try {
      viewer = staffViewer(await deps.authenticate(request.headers.authorization, deps.database.forRequest(newRequestScope())));
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
        response.setHeader('www-authenticate', 'Bearer');
        sendError(response, 401, 'UNAUTHENTICATED', error.message);
      } else if (error instanceof GraphQLError && error.extensions.code === 'FORBIDDEN') {
        sendError(response, 403, 'FORBIDDEN', error.message);
      } else if (isDatabaseUnavailable(error)) {
        response.setHeader('retry-after', RETRY_AFTER_SECONDS);
        sendJson(response, 503, { errors: [{ message: databaseUnavailableMessage, extensions: databaseUnavailableExtensions() }] });
      } else {
        throw error;
      }
      return;
    }
    // Statements admitted under the key, and stopped when the client goes away, as for any request.
    const scope = newRequestScope();
    const clientGone = new AbortController();
    setMaxListeners(0, clientGone.signal);
    response.once('close', () => { if (!response.writableFinished) clientGone.abort(); });
    scope.admission = { key: String(viewer.apiKeyId), signal: clientGone.signal };
    const cards = await cardsOf(deps.database.forRequest(scope), viewer, id, deps.timeZone);
    if (!cards) {
      sendError(response, 404, 'NOT_FOUND', 'No person or counterparty has this id.');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/vcard; charset=utf-8',
      'content-length': Buffer.byteLength(cards.text),
      'content-disposition': contentDisposition(vcardFileName(cards.name)),
      'cache-control': 'private, no-cache',
      'x-content-type-options': 'nosniff',
    });
    response.end(cards.text);
  }

  return {
    handles: (request, url) => url.pathname.startsWith(VCARD_PATH) && request.method === 'GET',
    answer: (request, response, url) => download(request, response, url.pathname.slice(VCARD_PATH.length)),
  };
}
