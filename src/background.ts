import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { publishChanges } from './modules/events/change-feed.js';
import { notificationMade } from './modules/events/topics.js';
import { JobRunner, type JobHandlers } from './modules/jobs/job-runner.js';
import { reminderHandler } from './modules/notifications/reminders.js';
import { webhookHandler } from './modules/webhooks/webhook-delivery.js';
import { webhookSettings } from './modules/webhooks/settings.js';

export type BackgroundConfig = Pick<Config, 'jobWorker' | 'jobPollMs' | 'jobLeaseSeconds' | 'jobRetentionDays'
  | 'webhookMaxAttempts' | 'webhookDisableAfter' | 'webhookTimeoutMs' | 'webhookRetryBaseMs'>;

/** Every kind of background job and the module that runs it. */
function jobHandlers(db: Database, config: BackgroundConfig): JobHandlers {
  return {
    // A reminder's notifications are pushed to their employees' subscriptions when they are kept.
    reminder: reminderHandler((tx, made) => publishChanges(tx, ...made.map(notificationMade))),
    webhook: webhookHandler(db, webhookSettings(config)),
  };
}

/**
 * This process's share of the background work: a worker on the durable job table, or none when
 * JOB_WORKER is off (API-only processes beside dedicated workers).
 */
export function startBackgroundWork(db: Database, config: BackgroundConfig, log: (message: string) => void): JobRunner | null {
  if (!config.jobWorker) return null;
  const runner = new JobRunner(db, jobHandlers(db, config), {
    pollMs: config.jobPollMs, leaseSeconds: config.jobLeaseSeconds, retentionDays: config.jobRetentionDays, batchSize: 20,
  }, log);
  runner.start();
  return runner;
}
