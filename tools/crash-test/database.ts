import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { ImportRow } from '../import/types.js';

/** A fresh PostgreSQL database for one run of the crash test, read directly with postgres.js. */
export class CrashDatabase {
  readonly name = `crash_test_${randomBytes(4).toString('hex')}`;
  readonly url: string;
  private sql: postgres.Sql | null = null;

  constructor(private readonly baseUrl: string) {
    const url = new URL(baseUrl);
    url.pathname = `/${this.name}`;
    this.url = url.toString();
  }

  async create(): Promise<void> {
    const admin = postgres(this.baseUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database ${this.name}`);
    } finally {
      await admin.end();
    }
    this.sql = postgres(this.url, { max: 2, onnotice: () => {} });
  }

  async drop(): Promise<void> {
    await this.sql?.end();
    this.sql = null;
    const admin = postgres(this.baseUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`drop database if exists ${this.name} with (force)`);
    } finally {
      await admin.end();
    }
  }

  async close(): Promise<void> {
    await this.sql?.end();
    this.sql = null;
  }

  private get db(): postgres.Sql {
    if (!this.sql) throw new Error('The database is not open.');
    return this.sql;
  }

  /**
   * Waits until no session but ours is connected: the killed server's backends have seen their
   * client vanish and rolled back. Whatever is committed by then is what the crash left.
   */
  async waitForOtherSessionsToEnd(timeoutMs = 30_000): Promise<number> {
    const started = Date.now();
    for (;;) {
      const [{ n }] = await this.db<{ n: number }[]>`
        select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`;
      if (n === 0) return Date.now() - started;
      if (Date.now() - started > timeoutMs) throw new Error(`${n} sessions of the killed server are still open after ${timeoutMs / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Resolves once more counterparties are stored than now (something committed), or after `timeoutMs`. */
  async waitForMoreRows(timeoutMs: number): Promise<'committed' | 'timeout'> {
    const count = async () => (await this.db<{ n: number }[]>`select count(*)::int as n from counterparties`)[0].n;
    try {
      const before = await count();
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && this.sql) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        if ((await count()) > before) return 'committed';
      }
    } catch {
      // the database went away (the test is ending); the caller has moved on
    }
    return 'timeout';
  }

  /** The external ids stored, with how many rows carry each. */
  async externalIdCounts(): Promise<Map<string, number>> {
    const rows = await this.db<{ external_id: string | null; n: number }[]>`
      select external_id, count(*)::int as n from counterparties group by external_id`;
    return new Map(rows.map((row) => [row.external_id ?? '(null)', row.n]));
  }

  /** Every counterparty as the import row that would store it, for comparing with the source. */
  async storedRows(): Promise<Map<string, ImportRow>> {
    const rows = await this.db<Record<string, any>[]>`
      select c.external_id, c.kind::text as kind, c.roles::text[] as roles, c.name, c.legal_name, c.tax_number, c.registration_number,
        c.phones, c.emails, c.websites, c.addresses, c.industry, c.region, c.segment, c.size::text as size,
        c.importance::text as importance, c.notes,
        case when g.id is null then null when pg.id is null then g.name else pg.name || '/' || g.name end as group_path,
        g.parent_id is not null and pg.parent_id is not null as deep_group
      from counterparties c
      left join counterparty_groups g on g.id = c.group_id
      left join counterparty_groups pg on pg.id = g.parent_id`;
    const result = new Map<string, ImportRow>();
    for (const r of rows) {
      const row: ImportRow = {
        externalId: r.external_id,
        kind: r.kind,
        roles: r.roles,
        name: r.name,
        taxNumber: r.tax_number,
        phones: (r.phones as Array<{ number: string }>).map((phone) => ({ number: phone.number })),
        emails: (r.emails as Array<{ address: string }>).map((email) => ({ address: email.address })),
        importance: r.importance,
        region: r.region,
      };
      const optional: Record<string, unknown> = {
        legalName: r.legal_name, registrationNumber: r.registration_number, industry: r.industry, segment: r.segment,
        size: r.size, notes: r.notes, groupPath: r.deep_group ? '(deeper than two levels)' : r.group_path,
        websites: r.websites.length > 0 ? r.websites : null,
        addresses: r.addresses.length > 0
          ? (r.addresses as Array<Record<string, unknown>>).map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null)))
          : null,
      };
      for (const [field, value] of Object.entries(optional)) if (value !== null && value !== undefined) row[field] = value;
      result.set(r.external_id, row);
    }
    return result;
  }
}
