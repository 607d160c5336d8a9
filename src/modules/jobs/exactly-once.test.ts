import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { executeRows } from '../../db/raw.js';
import { openDatabase } from '../../db/client.js';
import { freshPostgresDatabase, openTestDatabase } from '../../testing/api.js';
import { reminderHandler } from '../notifications/reminders.js';
import { JobRunner } from './job-runner.js';

/**
 * Reminders are delivered exactly once: 1,000 due at once make 1,000 notifications, none twice,
 * with two server processes polling one PostgreSQL database and one of them SIGKILLed mid-run
 * (its jobs in hand fall due again after their lease, for the other to run). On PGlite one
 * process does it.
 */
const REMINDERS = 1000;
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** An employee, a client and `count` planned contacts whose reminders fall due `inMs` from now, written as an import would. */
async function plantReminders(db: Database, count: number, inMs: number): Promise<void> {
  const [employee] = await executeRows<{ id: number }>(db, sql`insert into employees (full_name, email)
    values ('Reminded', ${`reminded-${Date.now()}@example.com`}) returning id`);
  const [client] = await executeRows<{ id: number }>(db, sql`insert into counterparties (name, kind)
    values ('Reminder client', 'ORGANIZATION') returning id`);
  await db.execute(sql`insert into chronicle_entries (counterparty_id, responsible_employee_id, kind, status, planned_at, remind_at, subject)
    select ${client.id}, ${employee.id}, 'CONTACT', 'PLANNED', now() + interval '1 day', now() + make_interval(secs => ${inMs / 1000}), 'Call ' || n
    from generate_series(1, ${count}) as n`);
}

interface Delivery { notifications: number; distinctSubjects: number; pending: number; failed: number }

async function delivery(db: Database): Promise<Delivery> {
  const [row] = await executeRows<Delivery>(db, sql`select
    (select count(*)::int from notifications) as "notifications",
    (select count(distinct subject_id)::int from notifications) as "distinctSubjects",
    (select count(*)::int from jobs where kind = 'reminder' and state = 'PENDING') as "pending",
    (select count(*)::int from jobs where kind = 'reminder' and state = 'FAILED') as "failed"`);
  return row;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A real server process (`src/main.ts`) on `url`, with a quick job worker and a short lease. */
async function serverProcess(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'silent', JOB_POLL_MS: '20', JOB_LEASE_SECONDS: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => { output += chunk; });
  child.stderr!.on('data', (chunk) => { output += chunk; });
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes('ready at')) { clearInterval(timer); resolve(); }
    }, 20);
    child.once('exit', () => { clearInterval(timer); reject(new Error(`server exited: ${output}`)); });
  });
  return child;
}

describe.skipIf(!process.env.DATABASE_URL)('exactly-once reminders across processes (PostgreSQL)', () => {
  it('makes 1,000 notifications from 1,000 due reminders with two processes, one SIGKILLed mid-run', async () => {
    const fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
    const database = await openDatabase({ url: fresh.url, poolSize: 2 });
    try {
      await database.migrate();
      const [first, second] = await Promise.all([serverProcess(fresh.url), serverProcess(fresh.url)]);
      await plantReminders(database.db, REMINDERS, 1500);

      // Mid-run: some notifications made, not all.
      await until(async () => (await delivery(database.db)).notifications >= REMINDERS / 5, 30_000, 'the first notifications');
      first.kill('SIGKILL');
      const atKill = await delivery(database.db);
      expect(atKill.notifications).toBeLessThan(REMINDERS);

      await until(async () => (await delivery(database.db)).pending === 0, 60_000, 'every reminder to run');
      expect(await delivery(database.db)).toEqual({ notifications: REMINDERS, distinctSubjects: REMINDERS, pending: 0, failed: 0 });
      second.kill('SIGTERM');
    } finally {
      await database.close();
      await fresh.drop();
    }
  }, 120_000);
});

describe.skipIf(!!process.env.DATABASE_URL)('exactly-once reminders (PGlite, one process)', () => {
  it('makes 1,000 notifications from 1,000 due reminders, and none more when run again', async () => {
    const database = await openTestDatabase();
    try {
      await plantReminders(database.db, REMINDERS, 0);
      const runner = new JobRunner(database.db, { reminder: reminderHandler() }, { pollMs: 20, batchSize: 50, leaseSeconds: 60 }, () => {});
      expect(await runner.runDue()).toBe(REMINDERS);
      expect(await runner.runDue()).toBe(0);
      expect(await delivery(database.db)).toEqual({ notifications: REMINDERS, distinctSubjects: REMINDERS, pending: 0, failed: 0 });
    } finally {
      await database.drop();
    }
  }, 120_000);
});
