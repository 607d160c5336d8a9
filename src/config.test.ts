import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults that serve the embedded database on port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, nodeEnv: 'production', introspection: true, maxQueryDepth: 12 });
    expect(config.dataDir.endsWith('.data')).toBe(true);
    // The embedded database's server listens on this machine only; a PostgreSQL one on every address.
    expect(config.host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(new ConfigError('PORT must be an integer from 0 to 65535, got "eighty"'));
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION must be true or false/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV must be one of/);
  });

  it('serves the explorer unless production is asked for, and reads the operations settings', () => {
    expect(loadConfig({}).explorer).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', EXPLORER: 'true' }).explorer).toBe(true);
    expect(loadConfig({}).logLevel).toBe('info');
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    expect(loadConfig({ METRICS_TOKEN: 'secret', SHUTDOWN_DELAY_MS: '5000' })).toMatchObject({ metricsToken: 'secret', shutdownDelayMs: 5000 });
    expect(loadConfig({}).metricsToken).toBeUndefined();
  });

  it('turns the partner portal\'s introspection off in production unless told', () => {
    expect(loadConfig({}).portalIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).portalIntrospection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PORTAL_INTROSPECTION: 'true' }).portalIntrospection).toBe(true);
    // The staff API's is a setting of its own.
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(true);
  });

  it('takes "today" in DEFAULT_TIME_ZONE (UTC unless told), an IANA zone', () => {
    expect(loadConfig({}).defaultTimeZone).toBe('UTC');
    expect(loadConfig({ DEFAULT_TIME_ZONE: 'Europe/Kyiv' }).defaultTimeZone).toBe('Europe/Kyiv');
    expect(() => loadConfig({ DEFAULT_TIME_ZONE: 'Mars/Olympus' })).toThrow(/DEFAULT_TIME_ZONE must be an IANA time zone/);
  });

  it('reads PostgreSQL and limits', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d', MAX_ALIASES: '5', INTROSPECTION: 'off' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@h:5432/d', maxAliases: 5, introspection: false });
  });

  it('limits uploads to 25 MiB unless told, and signs upload URLs with a given secret or a random one', () => {
    expect(loadConfig({}).maxUploadBytes).toBe(25 * 1_048_576);
    expect(loadConfig({ MAX_UPLOAD_BYTES: '1000' }).maxUploadBytes).toBe(1000);
    expect(() => loadConfig({ MAX_UPLOAD_BYTES: '0' })).toThrow(/MAX_UPLOAD_BYTES must be an integer from 1/);
    const secret = 'x'.repeat(32);
    expect(loadConfig({ UPLOAD_URL_SECRET: secret }).uploadUrlSecret).toBe(secret);
    expect(() => loadConfig({ UPLOAD_URL_SECRET: 'short' })).toThrow('UPLOAD_URL_SECRET must be at least 32 characters, got 5');
    expect(loadConfig({}).uploadUrlSecret).not.toBe(loadConfig({}).uploadUrlSecret);
    expect(loadConfig({}).uploadUrlTtlSeconds).toBe(900);
  });

  it('prices operations up to QUERY_COST_MAX, within a per-key budget that holds at least one such operation, or none', () => {
    expect(loadConfig({})).toMatchObject({ queryCostMax: 50_000, queryCostBudgetPerMinute: 2_000_000 });
    expect(loadConfig({ QUERY_COST_MAX: '1000', QUERY_COST_BUDGET_PER_MINUTE: '0' })).toMatchObject({ queryCostMax: 1000, queryCostBudgetPerMinute: 0 });
    expect(() => loadConfig({ QUERY_COST_MAX: '1000', QUERY_COST_BUDGET_PER_MINUTE: '999' }))
      .toThrow(new ConfigError('QUERY_COST_BUDGET_PER_MINUTE (999) must be 0 (no budget) or at least QUERY_COST_MAX (1000)'));
    expect(() => loadConfig({ QUERY_COST_MAX: '0' })).toThrow(/QUERY_COST_MAX must be an integer from 1/);
  });

  it('reads how many days a deal may stay silent in a CONTACT column before a reminder is due', () => {
    expect(loadConfig({}).followUpDays).toBe(7);
    expect(loadConfig({ FOLLOW_UP_DAYS: '3' }).followUpDays).toBe(3);
    expect(() => loadConfig({ FOLLOW_UP_DAYS: '0' })).toThrow('FOLLOW_UP_DAYS must be an integer from 1 to 3650, got "0"');
    expect(() => loadConfig({ FOLLOW_UP_DAYS: '2.5' })).toThrow('FOLLOW_UP_DAYS must be an integer');
  });

  it('sends e-mail only through a configured SMTP server, from a configured sender', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, smtpFrom: undefined, emailMaxAttempts: 10, emailRetryBaseMs: 60_000 });
    expect(loadConfig({ SMTP_URL: 'smtp://user:pass@mail.example.com:587', SMTP_FROM: 'CRM <crm@example.com>' }))
      .toMatchObject({ smtpUrl: 'smtp://user:pass@mail.example.com:587', smtpFrom: 'CRM <crm@example.com>' });
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example.com', SMTP_FROM: 'crm@example.com', EMAIL_MAX_ATTEMPTS: '3' }))
      .toMatchObject({ smtpFrom: 'crm@example.com', emailMaxAttempts: 3 });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com', SMTP_FROM: 'crm@example.com' })).toThrow(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
    expect(() => loadConfig({ SMTP_URL: 'mail.example.com', SMTP_FROM: 'crm@example.com' })).toThrow(/SMTP_URL must be a URL/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.com' })).toThrow(/SMTP_FROM is required with SMTP_URL/);
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.com', SMTP_FROM: 'crm' })).toThrow(/SMTP_FROM must be an e-mail address/);
    expect(() => loadConfig({ SMTP_FROM: 'crm@example.com' })).toThrow(/SMTP_FROM is set but SMTP_URL is not/);
    expect(() => loadConfig({ EMAIL_MAX_ATTEMPTS: '0' })).toThrow(/EMAIL_MAX_ATTEMPTS must be an integer/);
  });
});
