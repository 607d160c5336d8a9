import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { emailHandler, emailReminders } from './modules/email/email-job.js';
import { configuredSender, emailSettings } from './modules/email/settings.js';
import { publishChanges } from './modules/events/change-feed.js';
import { notificationMade } from './modules/events/topics.js';
import { JobRunner, type JobHandlers } from './modules/jobs/job-runner.js';
import { maintenanceHandler } from './modules/jobs/maintenance.js';
import { reminderHandler } from './modules/notifications/reminders.js';
import { webhookHandler } from './modules/webhooks/webhook-delivery.js';
import { webhookSettings } from './modules/webhooks/settings.js';

export type BackgroundConfig = Pick<Config, 'jobWorker' | 'jobPollMs' | 'jobLeaseSeconds' | 'jobRetentionDays'
  | 'webhookMaxAttempts' | 'webhookDisableAfter' | 'webhookTimeoutMs' | 'webhookRetryBaseMs'
  | 'smtpUrl' | 'smtpFrom' | 'emailMaxAttempts' | 'emailRetryBaseMs'>;

/**
 * Every kind of background job and the module that runs it. `email` jobs run only in a process
 * that has an SMTP server (SMTP_URL); elsewhere they wait in the queue for one that has.
 */
function jobHandlers(db: Database, config: BackgroundConfig): JobHandlers {
  const email = emailSettings(config);
  return {
    // A reminder's notifications are pushed to their employees' subscriptions, and e-mailed to
    // those who want that, in the transaction that keeps them.
    reminder: reminderHandler(async (tx, made) => {
      await publishChanges(tx, ...made.map(notificationMade));
      await emailReminders(tx, made, email);
    }),
    webhook: webhookHandler(db, webhookSettings(config)),
    ...(configuredSender(email) === null ? {} : { email: emailHandler(db, email) }),
    maintenance: maintenanceHandler(config.jobRetentionDays),
  };
}

/**
 * This process's share of the background work: a worker on the durable job table, or none when
 * JOB_WORKER is off (API-only processes beside dedicated workers).
 */
export function startBackgroundWork(db: Database, config: BackgroundConfig, log: (message: string) => void): JobRunner | null {
  if (!config.jobWorker) return null;
  const runner = new JobRunner(db, jobHandlers(db, config), {
    pollMs: config.jobPollMs, leaseSeconds: config.jobLeaseSeconds, batchSize: 20,
  }, log);
  runner.start();
  return runner;
}
