import { createHash, randomBytes } from 'node:crypto';
import type { Database, DatabaseHandle } from '../../db/client.js';
import type { ApiKeyRow } from '../../db/schema/index.js';
import { unauthenticated } from '../../lib/errors.js';
import { ChangeFeed, publishChanges, type ChangeSubscription } from '../events/change-feed.js';
import { apiKeyRevoked, TOPIC } from '../events/topics.js';
import * as repository from './api-keys.repository.js';
import type { KeyHolder, Role } from './viewer.js';

const KEY_PREFIX = 'crm_';

/** Keys are 256 random bits, so a plain SHA-256 is enough to store them: there is nothing to guess. */
export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export interface CreatedKey { key: string; row: ApiKeyRow }

/** What a key is for: a staff role (and the employee it acts for), or a partner's organisation (and person). */
export type KeyGrant = ({ name: string; role: Role; employeeId?: number | null }
  | { name: string; role: 'PARTNER'; counterpartyId: number; personId?: number | null })
  & { /** After this the key is refused; null or absent: never. */ expiresAt?: Date | null };

/**
 * Makes a key and stores its hash: the one place a key comes into being (the ADMIN mutations, the
 * CLI, the first start and tests all end here). Checks nothing: the caller has.
 */
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
    expiresAt: params.expiresAt ?? null,
  });
  return { key, row };
}

/** Who a key belongs to, and until when it works (null: no expiry). */
interface CheckedKey { holder: KeyHolder; expiresAt: Date | null }

async function checkKey(db: Database, authorization: string | undefined): Promise<CheckedKey> {
  const row = await repository.findActiveByHash(db, hashKey(bearerKey(authorization)));
  if (!row) throw unauthenticated('The API key is unknown or has been revoked.');
  if (row.expired) throw unauthenticated(`The API key expired at ${row.expiresAt!.toISOString()}.`);
  const holder: KeyHolder = row.role === 'PARTNER'
    ? { apiKeyId: row.id, role: row.role, counterpartyId: row.counterpartyId!, personId: row.personId }
    : { apiKeyId: row.id, role: row.role, employeeId: row.employeeId, timeZone: row.employeeTimeZone };
  return { holder, expiresAt: row.expiresAt };
}

/** Reads the bearer key from an Authorization header and returns who it belongs to. */
export async function authenticate(db: Database, authorization: string | undefined): Promise<KeyHolder> {
  return (await checkKey(db, authorization)).holder;
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
  /** Resolves once the authenticator hears of revocations (or has failed to, and falls back on its check). */
  readonly ready: Promise<void>;
  /** Calls `listener` with each key revoked, by any process, as the revocation is told; answers how to stop. */
  onRevoked(listener: (apiKeyId: number) => void): () => void;
  /** Stops the revocation check and the listening, and waits for the last-used times being written. */
  stop(): Promise<void>;
}

/** A key's `last_used_at` is written at most this often by one process. */
export const LAST_USED_INTERVAL_MS = 60_000;

/**
 * `authenticate` with the answers for valid keys kept for `ttlMs` (never past a key's expiry): a
 * client sending many small requests pays the key lookup once per period instead of once per
 * request. Unknown keys are never cached, so a new key works at once and guessing costs a lookup
 * each time. `ttlMs` 0 looks every key up every time.
 *
 * A revoked key is dropped from the cache as soon as its revocation is told (`listen`: the change
 * feed's topic `api_key`, from whichever process revoked it, for the authenticator's lifetime); as
 * a fallback for a notification lost (the listening connection away for a moment), every
 * `revocationCheckMs` the keys revoked within the last `ttlMs` are dropped too. A check that fails
 * is simply made again at the next tick, and so is a LISTEN that failed.
 *
 * Each key's `last_used_at` is written on its use at most once per LAST_USED_INTERVAL_MS by this
 * process, by a conditional UPDATE on the authenticator's database (not the request's: it is no
 * statement of the request), not waited for by the request; `stop` waits for the ones running.
 */
/**
 * This process's key caches, each by how it forgets a key: a revocation made through this process
 * is forgotten here as soon as it commits, without waiting for its notification to come back.
 */
const processCaches = new Set<(apiKeyId: number) => void>();

/** Drops a key just revoked through this process from this process's caches (other processes hear of it through the change feed). */
export function forgetRevokedHere(apiKeyId: number): void {
  for (const forget of processCaches) forget(apiKeyId);
}

export function cachedAuthenticator(
  db: Database, ttlMs: number,
  { revocationCheckMs = REVOCATION_CHECK_MS, maxEntries = 10_000, now: clock = Date.now, listen }: {
    revocationCheckMs?: number; maxEntries?: number; now?: () => number;
    /** How to LISTEN for revocations (the database handle's); without it only the periodic check drops revoked keys. */
    listen?: DatabaseHandle['listen'];
  } = {},
): CachedAuthenticator {
  const viewers = new Map<string, { viewer: KeyHolder; expiresAt: number }>();
  const revokedListeners = new Set<(apiKeyId: number) => void>();
  const forget = (apiKeyId: number) => {
    for (const [hash, entry] of viewers) if (entry.viewer.apiKeyId === apiKeyId) viewers.delete(hash);
    for (const listener of revokedListeners) listener(apiKeyId);
  };
  processCaches.add(forget);

  // Last-used times: when this process last wrote each key's, and the writes under way.
  const touchedAt = new Map<number, number>();
  const touching = new Set<Promise<void>>();
  const touch = (apiKeyId: number, at: number) => {
    const last = touchedAt.get(apiKeyId);
    if (last !== undefined && at - last < LAST_USED_INTERVAL_MS) return;
    if (touchedAt.size >= maxEntries) touchedAt.clear();
    touchedAt.set(apiKeyId, at);
    const write: Promise<void> = repository.touch(db, apiKeyId)
      // Not written (the database away): the next use tries again.
      .catch(() => { if (touchedAt.get(apiKeyId) === at) touchedAt.delete(apiKeyId); })
      .finally(() => touching.delete(write));
    touching.add(write);
  };

  let stopped = false;
  // Listened to whatever the period: `onRevoked` tells the subscriptions too.
  const feed = listen ? new ChangeFeed(listen) : null;
  let listening: ChangeSubscription | null = null;
  let subscribing: Promise<void> | null = null;
  const startListening = () => {
    if (!feed || listening || stopped) return Promise.resolve();
    subscribing ??= feed.subscribe({ topic: TOPIC.apiKey }).then((subscription) => {
      listening = subscription;
      void (async () => {
        try {
          for await (const change of subscription) forget(change.id);
        } catch {
          // Fell behind (ChangeFeedOverflow): listened to afresh at the next tick; the check covers the gap.
        } finally {
          if (listening === subscription) listening = null;
        }
      })();
    }, () => {}).finally(() => { subscribing = null; });
    return subscribing;
  };
  const ready = startListening();

  // A revocation older than the period cannot concern an entry still cached, so the window is the period.
  const dropRevoked = async () => {
    if (viewers.size === 0) return;
    for (const hash of await repository.revokedWithin(db, ttlMs)) viewers.delete(hash);
  };
  let checking: Promise<void> | null = null;
  const timer = ttlMs > 0 || feed ? setInterval(() => {
    void startListening();
    if (ttlMs > 0) checking ??= dropRevoked().catch(() => {}).finally(() => { checking = null; });
  }, revocationCheckMs) : null;
  timer?.unref();

  return {
    async authenticate(authorization, requestDb = db) {
      const hash = hashKey(bearerKey(authorization));
      const now = clock();
      const cached = viewers.get(hash);
      if (cached && cached.expiresAt > now) {
        touch(cached.viewer.apiKeyId, now);
        return cached.viewer;
      }
      const { holder, expiresAt } = await checkKey(requestDb, authorization);
      if (ttlMs > 0) {
        if (viewers.size >= maxEntries) viewers.clear();
        viewers.set(hash, { viewer: holder, expiresAt: Math.min(now + ttlMs, expiresAt?.getTime() ?? Infinity) });
      }
      touch(holder.apiKeyId, now);
      return holder;
    },
    ready,
    onRevoked(listener) {
      revokedListeners.add(listener);
      return () => revokedListeners.delete(listener);
    },
    async stop() {
      stopped = true;
      processCaches.delete(forget);
      if (timer) clearInterval(timer);
      await subscribing;
      await feed?.close();
      await Promise.all([...touching]);
    },
  };
}

/** A key revoked in `tx`, and told to every process (when `tx` commits); null when no unrevoked key has the id. */
export async function revokeInTransaction(tx: Database, id: number): Promise<ApiKeyRow | null> {
  const row = await repository.revoke(tx, id);
  if (row) await publishChanges(tx, apiKeyRevoked(row));
  return row;
}

export const listApiKeys = (db: Database) => repository.list(db);
/** Revokes key `id` (the CLI's `revoke`): refused at once by every process. */
export const revokeApiKey = (db: Database, id: number) => db.transaction((tx) => revokeInTransaction(tx, id));
export const countApiKeys = (db: Database) => repository.count(db);
