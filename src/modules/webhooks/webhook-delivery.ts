import type { Database } from '../../db/client.js';
import type { ClaimedJob } from '../jobs/job-queue.js';
import { exponentialBackoff, type JobHandler } from '../jobs/job-runner.js';
import { signatureOf } from './signature.js';
import * as repository from './webhooks.repository.js';
import type { WebhookSettings } from './settings.js';

/** An attempt the receiver answered with other than 2xx, or did not answer. */
class AttemptFailed extends Error {
  constructor(message: string, readonly statusCode: number | null) {
    super(message);
  }
}

type Outcome = { sent: true; statusCode: number } | { sent: false };

/**
 * Runs `webhook` jobs: POSTs the delivery's body, signed, to its webhook's URL (perform: at least
 * once; the body's `id` lets a receiver drop a repeat), then records the outcome in the
 * transaction that finishes the job. A delivery whose webhook was disabled meanwhile is not sent.
 */
export function webhookHandler(db: Database, settings: WebhookSettings): JobHandler<Outcome> {
  const deliveryOf = (job: ClaimedJob) => Number((job.payload as { deliveryId: number }).deliveryId);
  return {
    async perform(job) {
      const target = await repository.deliveryTarget(db, deliveryOf(job));
      if (!target || !target.active || target.status !== 'PENDING') return { sent: false };
      const body = JSON.stringify({ id: target.eventId, ...target.body });
      const timestamp = Math.floor(Date.now() / 1000);
      let response: Response;
      try {
        response = await fetch(target.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(settings.timeoutMs),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'crm-api-webhooks',
            'x-crm-event': `${target.body.topic}.${target.body.kind}`,
            'x-crm-delivery': target.eventId,
            'x-crm-timestamp': String(timestamp),
            'x-crm-signature': signatureOf(target.secret, timestamp, body),
          },
          body,
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        throw new AttemptFailed(`No answer from ${new URL(target.url).host}: ${cause ?? (error as Error).message}`, null);
      }
      // The receiver's answer is not kept; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      if (response.status < 200 || response.status >= 300) throw new AttemptFailed(`The receiver answered HTTP ${response.status}`, response.status);
      return { sent: true, statusCode: response.status };
    },
    async finish(tx, job, outcome) {
      if (outcome.sent) await repository.recordDelivered(tx, deliveryOf(job), outcome.statusCode);
      else await repository.recordCancelled(tx, deliveryOf(job));
    },
    async failed(tx, job, error, final) {
      const statusCode = error instanceof AttemptFailed ? error.statusCode : null;
      const message = error instanceof Error ? error.message : String(error);
      await repository.recordFailedAttempt(tx, deliveryOf(job), { statusCode, error: message, final }, settings.disableAfter);
    },
    retryDelayMs: (attempt) => exponentialBackoff(attempt, settings.retryBaseMs),
    maxAttempts: settings.maxAttempts,
  };
}
