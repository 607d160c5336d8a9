import type { Database } from './db/client.js';
import { FALLBACK_TIME_ZONE } from './lib/dates.js';
import type { Viewer } from './modules/auth/viewer.js';
import { createLoaders, type Loaders } from './loaders.js';
import { DEFAULT_ATTACHMENT_SETTINGS, type AttachmentSettings } from './modules/attachments/settings.js';
import { DEFAULT_DEAL_SETTINGS, type DealSettings } from './modules/deals/settings.js';
import type { ChangeFeed } from './modules/events/change-feed.js';
import { DEFAULT_EMAIL_SETTINGS, type EmailSettings } from './modules/email/settings.js';

/** What every resolver receives: who asks, the request's database, and its loaders. */
export interface Context {
  viewer: Viewer;
  /** The request's own database (see `DatabaseHandle.forRequest`): its statements are counted and admitted under its key. */
  db: Database;
  loaders: Loaders;
  imports: ImportSettings;
  /** Starts every log line written on the request's behalf (see lib/request-log.ts); null outside a request. */
  requestId: string | null;
  /** The upload limit and the upload URLs' secret (MAX_UPLOAD_BYTES, UPLOAD_URL_SECRET). */
  attachments: AttachmentSettings;
  /** When a deal is due for a reminder (FOLLOW_UP_DAYS). */
  deals: DealSettings;
  /** Whether and how the server sends e-mail (SMTP_URL, SMTP_FROM, EMAIL_MAX_ATTEMPTS). */
  email: EmailSettings;
  /** The zone the request's "today" is in: the key's employee's, else DEFAULT_TIME_ZONE. */
  timeZone: string;
  /** The process's change feed, which subscriptions watch; null outside a subscription (HTTP requests, tools). */
  changes: ChangeFeed | null;
}

export interface ImportSettings {
  /** Rows an import writes per transaction (IMPORT_CHUNK_ROWS). */
  chunkRows: number;
  /** How long one statement of an import chunk may run, in ms (IMPORT_STATEMENT_TIMEOUT_MS; 0: no limit). */
  statementTimeoutMs: number;
  /** Told each import call's row counts by status once its rows are written (for /metrics). */
  onImported?(operation: string, counts: Record<'created' | 'updated' | 'unchanged' | 'failed' | 'skipped', number>): void;
}

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = { chunkRows: 1000, statementTimeoutMs: 60_000 };

/** The server's settings a context carries; each left out has its default (tools and scripts leave them out). */
export interface ContextSettings {
  imports?: ImportSettings;
  requestId?: string | null;
  attachments?: AttachmentSettings;
  deals?: DealSettings;
  email?: EmailSettings;
  /** DEFAULT_TIME_ZONE: "today" for a key that acts for no employee. */
  defaultTimeZone?: string;
  /** The change feed, for a subscription's context. */
  changes?: ChangeFeed | null;
}

export function createContext(
  db: Database, viewer: Viewer,
  {
    imports = DEFAULT_IMPORT_SETTINGS, requestId = null, attachments = DEFAULT_ATTACHMENT_SETTINGS, deals = DEFAULT_DEAL_SETTINGS,
    email = DEFAULT_EMAIL_SETTINGS, defaultTimeZone = FALLBACK_TIME_ZONE, changes = null,
  }: ContextSettings = {},
): Context {
  const timeZone = viewer.timeZone ?? defaultTimeZone;
  return { viewer, db, loaders: createLoaders(db, viewer, timeZone), imports, requestId, attachments, deals, email, timeZone, changes };
}

/**
 * Gives a long-lived context (a subscription's, which lives as long as its socket) new loaders, so
 * that what it delivers next is read now rather than served from what it read before.
 */
export function renewLoaders(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.db, ctx.viewer, ctx.timeZone);
}
