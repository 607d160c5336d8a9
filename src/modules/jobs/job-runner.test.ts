import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeRows } from '../../db/raw.js';
import { openTestDatabase } from '../../testing/api.js';
import { enqueue } from './job-queue.js';
import { JobRunner, type JobHandlers } from './job-runner.js';

/** The job runner on a real database: retries, giving up, recurring jobs, and a job moved while it runs. */
let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.drop());

const SETTINGS = { pollMs: 10, batchSize: 10, leaseSeconds: 60 };
const runnerOf = (handlers: JobHandlers, log: string[] = []) => new JobRunner(database.db, handlers, SETTINGS, (line) => log.push(line));

async function jobRow(key: string) {
  const [row] = await executeRows<{ state: string; attempts: number; last_error: string | null; due_in_ms: number; claim: string | null }>(database.db, sql`
    select state, attempts, last_error, claim, (extract(epoch from run_at - now()) * 1000)::float8 as due_in_ms from jobs where key = ${key}`);
  return row;
}

const makeDue = (key: string) => database.db.execute(sql`update jobs set run_at = now() where key = ${key}`);

describe('the job runner', () => {
  it('retries a failing job after a backoff, and finishes it once it succeeds', async () => {
    let calls = 0;
    const finished: number[] = [];
    const runner = runnerOf({
      flaky: {
        async perform() {
          calls += 1;
          if (calls < 3) throw new Error(`attempt ${calls} failed`);
          return calls;
        },
        async finish(_tx, _job, outcome: number) { finished.push(outcome); },
        retryDelayMs: () => 60_000,
      },
    });
    await enqueue(database.db, [{ kind: 'flaky', key: 'flaky-1' }]);
    await runner.runDue();
    expect(await jobRow('flaky-1')).toMatchObject({ state: 'PENDING', attempts: 1, last_error: 'attempt 1 failed', claim: null });
    expect((await jobRow('flaky-1')).due_in_ms).toBeGreaterThan(50_000);
    // Not due yet: nothing runs.
    expect(await runner.runDue()).toBe(0);
    await makeDue('flaky-1');
    await runner.runDue();
    await makeDue('flaky-1');
    await runner.runDue();
    expect(await jobRow('flaky-1')).toMatchObject({ state: 'DONE', attempts: 3, last_error: null });
    expect(finished).toEqual([3]);
  });

  it('gives a job up after its last attempt, telling its handler', async () => {
    const failures: Array<[string, boolean]> = [];
    const runner = runnerOf({
      doomed: {
        async perform() { throw new Error('never works'); },
        async failed(_tx, _job, error, final) { failures.push([(error as Error).message, final]); },
        retryDelayMs: () => 0,
      },
    });
    await enqueue(database.db, [{ kind: 'doomed', key: 'doomed-1', maxAttempts: 2 }]);
    await runner.runDue();
    await runner.runDue();
    expect(await jobRow('doomed-1')).toMatchObject({ state: 'FAILED', attempts: 2, last_error: 'never works' });
    expect(failures).toEqual([['never works', false], ['never works', true]]);
  });

  it('rolls back a run whose job was moved while it ran, and runs it again at its new time', async () => {
    const made: string[] = [];
    const runner = runnerOf({
      moved: {
        async perform(job) {
          // Another transaction moves the job while its first run holds it (as a reminder moved in the API does).
          if (job.payload.n === 1) await enqueue(database.db, [{ kind: 'moved', key: 'moved-1', runAt: new Date(Date.now() - 1000), payload: { n: 2 } }]);
        },
        async finish(tx, job) {
          await tx.execute(sql`select 1`);
          made.push(String(job.payload.n));
        },
      },
    });
    await enqueue(database.db, [{ kind: 'moved', key: 'moved-1', payload: { n: 1 } }]);
    await runner.runDue();
    await runner.runDue();
    // The first run's finish ran but could not mark the job done, so its writes rolled back; the second run, for n = 2, did.
    expect(made).toEqual(['1', '2']);
    expect(await jobRow('moved-1')).toMatchObject({ state: 'DONE' });
  });

  it('keeps one recurring job, due again after each run, never given up', async () => {
    let runs = 0;
    const recurring: JobHandlers = { tidy: { everyMs: 3_600_000, async finish() { runs += 1; if (runs === 2) throw new Error('tidy failed'); } } };
    const first = runnerOf(recurring);
    const second = runnerOf(recurring);
    first.start();
    second.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all([first.stop(), second.stop()]);
    expect(runs).toBe(1);
    const [{ count }] = await executeRows<{ count: number }>(database.db, sql`select count(*)::int as count from jobs where kind = 'tidy'`);
    expect(count).toBe(1);
    expect(await jobRow('recurring:tidy')).toMatchObject({ state: 'PENDING', attempts: 0 });
    expect((await jobRow('recurring:tidy')).due_in_ms).toBeGreaterThan(3_500_000);

    await makeDue('recurring:tidy');
    await first.runDue();
    expect(await jobRow('recurring:tidy')).toMatchObject({ state: 'PENDING', attempts: 1, last_error: 'tidy failed' });
  });
});
