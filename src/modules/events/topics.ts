import type { Change } from './change-feed.js';

/**
 * The topics the API publishes, each with the change it sends for a record of it. A new
 * subscription adds its topic here (e.g. `notification`, for an employee: `employeeId`), publishes
 * with `publishChanges` where its records are written, and filters on the same keys.
 */
export const TOPIC = {
  chronicle: 'chronicle',
  appeal: 'appeal',
  claim: 'claim',
  /** A notification made for an employee (`employeeId`). */
  notification: 'notification',
  /** An API key revoked: every process drops it from its key cache at once (`cachedAuthenticator`). */
  apiKey: 'api_key',
} as const;

/** What happened to a record: the values of the GraphQL enum ChangeKind. */
export type ChangeKind =
  | 'CREATED' | 'UPDATED' | 'STATUS_CHANGED' | 'ASSIGNED' | 'COMMENTED' | 'WORK_RECORDED' | 'TASK_CHANGED';

export const entryChange = (kind: ChangeKind, entry: { id: number; counterpartyId: number | null }): Change =>
  ({ topic: TOPIC.chronicle, kind, id: entry.id, counterpartyId: entry.counterpartyId });

export const appealChange = (kind: ChangeKind, appeal: { id: number; counterpartyId: number | null }): Change =>
  ({ topic: TOPIC.appeal, kind, id: appeal.id, counterpartyId: appeal.counterpartyId });

export const claimChange = (kind: ChangeKind, claim: { id: number; counterpartyId: number }): Change =>
  ({ topic: TOPIC.claim, kind, id: claim.id, counterpartyId: claim.counterpartyId });

export const notificationMade = (notification: { notificationId: number; employeeId: number }): Change =>
  ({ topic: TOPIC.notification, kind: 'CREATED', id: notification.notificationId, employeeId: notification.employeeId });

/** A key revoked: told to every process of the API, which refuses it from the next request on. */
export const apiKeyRevoked = (key: { id: number }): Change => ({ topic: TOPIC.apiKey, kind: 'REVOKED', id: key.id });
