import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.js';
import type { ApiKeyRow } from '../../db/schema/index.js';
import { unauthenticated } from '../../lib/errors.js';
import * as repository from './api-keys.repository.js';
import type { KeyHolder, Role } from './viewer.js';

const KEY_PREFIX = 'crm_';

/** Keys are 256 random bits, so a plain SHA-256 is enough to store them: there is nothing to guess. */
export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export interface CreatedKey { key: string; row: ApiKeyRow }

/** What a key is for: a staff role (and the employee it acts for), or a partner's organisation (and person). */
export type KeyGrant =
  | { name: string; role: Role; employeeId?: number | null }
  | { name: string; role: 'PARTNER'; counterpartyId: number; personId?: number | null };

export async function createApiKey(db: Database, params: KeyGrant): Promise<CreatedKey> {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  const row = await repository.insert(db, {
    name: params.name,
    role: params.role,
    ...(params.role === 'PARTNER'
      ? { counterpartyId: params.counterpartyId, personId: params.personId ?? null }
      : { employeeId: params.employeeId ?? null }),
    prefix: key.slice(0, KEY_PREFIX.length + 6),
    keyHash: hashKey(key),
  });
  return { key, row };
}

/** Reads the bearer key from an Authorization header and returns who it belongs to. */
export async function authenticate(db: Database, authorization: string | undefined): Promise<KeyHolder> {
  const row = await repository.findActiveByHash(db, hashKey(bearerKey(authorization)));
  if (!row) throw unauthenticated('The API key is unknown or has been revoked.');
  if (row.role === 'PARTNER') return { apiKeyId: row.id, role: row.role, counterpartyId: row.counterpartyId!, personId: row.personId };
  return { apiKeyId: row.id, role: row.role, employeeId: row.employeeId, timeZone: row.employeeTimeZone };
}

function bearerKey(authorization: string | undefined): string {
  if (!authorization) throw unauthenticated();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <key>".');
  return match[1];
}

/**
 * How often each process looks for keys revoked by any process (or `npm run apikey -- revoke`):
 * a revoked key stops working, and its subscriptions' sockets are closed, within about this long.
 */
export const REVOCATION_CHECK_MS = 1000;

/** The keys among `ids` still active: what the subscriptions' revocation check asks. */
export const activeKeyIds = async (db: Database, ids: readonly number[]) => new Set(await repository.activeIds(db, ids));

export interface CachedAuthenticator {
  /** Who `authorization` belongs to; a lookup goes through `db` (a request's, so that it is counted), else the authenticator's. */
  authenticate(authorization: string | undefined, db?: Database): Promise<KeyHolder>;
  /** Stops the revocation check. */
  stop(): void;
}

/**
 * `authenticate` with the answers for valid keys kept for `ttlMs`: a client sending many small
 * requests pays the key lookup once per period instead of once per request. Every
 * `revocationCheckMs` the keys revoked within the last `ttlMs` (by any process: another server,
 * `npm run apikey -- revoke`) are dropped from the cache, so a revocation takes effect within
 * about that long rather than a whole period; a check that fails (the database away) is simply
 * made again at the next tick. `ttlMs` 0 looks every key up every time. Unknown keys are never
 * cached, so a new key works at once and guessing costs a lookup each time.
 */
export function cachedAuthenticator(
  db: Database, ttlMs: number,
  { revocationCheckMs = REVOCATION_CHECK_MS, maxEntries = 10_000, now: clock = Date.now }: { revocationCheckMs?: number; maxEntries?: number; now?: () => number } = {},
): CachedAuthenticator {
  if (ttlMs <= 0) return { authenticate: (authorization, requestDb = db) => authenticate(requestDb, authorization), stop() {} };
  const viewers = new Map<string, { viewer: KeyHolder; expiresAt: number }>();
  // A revocation older than the period cannot concern an entry still cached, so the window is the period.
  const dropRevoked = async () => {
    if (viewers.size === 0) return;
    for (const hash of await repository.revokedWithin(db, ttlMs)) viewers.delete(hash);
  };
  let checking: Promise<void> | null = null;
  const timer = setInterval(() => {
    checking ??= dropRevoked().catch(() => {}).finally(() => { checking = null; });
  }, revocationCheckMs);
  timer.unref();
  return {
    async authenticate(authorization, requestDb = db) {
      const hash = hashKey(bearerKey(authorization));
      const now = clock();
      const cached = viewers.get(hash);
      if (cached && cached.expiresAt > now) return cached.viewer;
      const viewer = await authenticate(requestDb, authorization);
      if (viewers.size >= maxEntries) viewers.clear();
      viewers.set(hash, { viewer, expiresAt: now + ttlMs });
      return viewer;
    },
    stop: () => clearInterval(timer),
  };
}

export const listApiKeys = (db: Database) => repository.list(db);
export const revokeApiKey = (db: Database, id: number) => repository.revoke(db, id);
export const countApiKeys = (db: Database) => repository.count(db);
