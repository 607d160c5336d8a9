import type { Config } from '../../config.js';

/** How deliveries are sent and retried (WEBHOOK_* in config). */
export interface WebhookSettings {
  /** Attempts per delivery before it is FAILED. */
  maxAttempts: number;
  /** Failed attempts in a row after which a webhook is disabled. */
  disableAfter: number;
  /** The longest an attempt waits for the receiver's answer, in ms. */
  timeoutMs: number;
  /** The wait before the second attempt, doubling for each one after, in ms. */
  retryBaseMs: number;
}

export const webhookSettings = (config: Pick<Config, 'webhookMaxAttempts' | 'webhookDisableAfter' | 'webhookTimeoutMs' | 'webhookRetryBaseMs'>): WebhookSettings => ({
  maxAttempts: config.webhookMaxAttempts,
  disableAfter: config.webhookDisableAfter,
  timeoutMs: config.webhookTimeoutMs,
  retryBaseMs: config.webhookRetryBaseMs,
});

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = { maxAttempts: 8, disableAfter: 20, timeoutMs: 10_000, retryBaseMs: 1000 };
