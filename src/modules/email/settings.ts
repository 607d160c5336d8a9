import type { Config } from '../../config.js';

/** What the e-mail module needs of the configuration, in every request's context and in the job worker. */
export interface EmailSettings {
  /** SMTP_URL; unset, nothing is sent and `sendEmail` refuses with NOT_CONFIGURED. */
  smtpUrl: string | undefined;
  /** SMTP_FROM: the sender of every message. */
  from: string | undefined;
  /** EMAIL_MAX_ATTEMPTS: attempts before a message is FAILED. */
  maxAttempts: number;
  /** EMAIL_RETRY_BASE_MS: the wait after the first failed attempt, doubling after each next one, up to an hour. */
  retryBaseMs: number;
}

export const emailSettings = (config: Pick<Config, 'smtpUrl' | 'smtpFrom' | 'emailMaxAttempts' | 'emailRetryBaseMs'>): EmailSettings => ({
  smtpUrl: config.smtpUrl, from: config.smtpFrom, maxAttempts: config.emailMaxAttempts, retryBaseMs: config.emailRetryBaseMs,
});

/** For contexts made outside a server (tools, tests): no SMTP server, so nothing is sent. */
export const DEFAULT_EMAIL_SETTINGS: EmailSettings = { smtpUrl: undefined, from: undefined, maxAttempts: 10, retryBaseMs: 60_000 };

/** The sender when e-mail is configured; null when it is not (SMTP_URL unset). */
export const configuredSender = (settings: EmailSettings): string | null => (settings.smtpUrl && settings.from ? settings.from : null);
