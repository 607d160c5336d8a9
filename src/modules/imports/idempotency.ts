import { createHash } from 'node:crypto';
import type { Database } from '../../db/client.js';
import { apiError } from '../../lib/errors.js';
import * as repository from './imports.repository.js';

/**
 * Idempotency keys for imports: the answer of a completed call is kept under the caller's key,
 * and a retry with the same key gets it back without writing anything.
 */

/** What identifies a call's content: the mutation and its input without the key itself. */
export function requestHash(operation: string, input: object): string {
  const { idempotencyKey: _key, ...content } = input as { idempotencyKey?: unknown };
  return createHash('sha256').update(operation).update('\n').update(JSON.stringify(content)).digest('hex');
}

/**
 * The stored answer for this key, or null when no call with it has completed. The same key with
 * another mutation or other rows is a CONFLICT: the caller is confused about what it sent.
 */
export async function storedAnswer<Answer>(
  db: Database, apiKeyId: number, key: string, operation: string, hash: string,
): Promise<Answer | null> {
  const call = await repository.callByKey(db, apiKeyId, key);
  if (!call) return null;
  if (call.operation !== operation || call.requestHash !== hash) {
    throw apiError(
      'CONFLICT',
      `The idempotency key "${key}" was used for a different call (${call.operation} with other rows). Use a new key for new rows.`,
      ['input', 'idempotencyKey'],
    );
  }
  return call.response as Answer;
}

/** How long a completed call's answer is kept for retries, in days. */
const ANSWER_RETENTION_DAYS = 7;

/** Keeps a completed call's answer, and forgets this caller's answers past the retention period. */
export async function storeAnswer(
  db: Database, apiKeyId: number, key: string, operation: string, hash: string, answer: unknown,
): Promise<void> {
  await repository.forgetCallsOlderThan(db, apiKeyId, ANSWER_RETENTION_DAYS);
  await repository.insertCall(db, { apiKeyId, idempotencyKey: key, operation, requestHash: hash, response: answer });
}

/** Keys of the calls this process is running now, per API key. */
const running = new Set<string>();

/**
 * Runs `work` as the only call with this key in this server process: a retry sent while the first
 * call is still running (a proxy timed out, the client gave up waiting) is a CONFLICT instead of a
 * second run whose answer would not be the stored one.
 */
export async function runAlone<T>(apiKeyId: number, key: string, work: () => Promise<T>): Promise<T> {
  const id = `${apiKeyId}\n${key}`;
  if (running.has(id)) {
    throw apiError('CONFLICT', `A call with the idempotency key "${key}" is still running; retry once it has answered.`, ['input', 'idempotencyKey']);
  }
  running.add(id);
  try {
    return await work();
  } finally {
    running.delete(id);
  }
}
