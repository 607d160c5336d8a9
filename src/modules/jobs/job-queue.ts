import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { isAnyOf } from '../../db/json-rows.js';
import { executeRows } from '../../db/raw.js';

/** A duty to put on the queue, in the caller's transaction: it exists exactly when that transaction commits. */
export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** When it falls due; now when left out. */
  runAt?: Date;
  /** Jobs with one key are one duty (see `jobs.key`); enqueueing a key again moves the pending job. */
  key?: string;
  maxAttempts?: number;
}

/** A job a run of this process holds: it alone may finish it, until its lease runs out. */
export interface ClaimedJob {
  id: number;
  kind: string;
  key: string | null;
  payload: Record<string, unknown>;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
  claim: string;
}

/** Puts jobs on the queue with one statement; a job whose key is pending already is moved to the new time and payload. */
export async function enqueue(db: Database, jobs: readonly NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const rows = jobs.map((job) => sql`(${job.kind}, ${job.key ?? null}, ${JSON.stringify(job.payload ?? {})}::jsonb,
    coalesce(${job.runAt?.toISOString() ?? null}::timestamptz, now()), ${job.maxAttempts ?? 10})`);
  await db.execute(sql`insert into jobs (kind, key, payload, run_at, max_attempts) values ${sql.join(rows, sql`, `)}
    on conflict (key) do update set payload = excluded.payload, run_at = excluded.run_at, max_attempts = excluded.max_attempts,
      state = 'PENDING', attempts = 0, claim = null, last_error = null, finished_at = null`);
}

/**
 * Claims up to `limit` due jobs of the given kinds for one run. Rows another process is claiming
 * are skipped, not waited for (SKIP LOCKED), and each claimed job's `run_at` moves a lease
 * ahead: if this process dies, the job falls due again then, for another process to run.
 */
export async function claimDueJobs(db: Database, kinds: readonly string[], limit: number, leaseSeconds: number): Promise<ClaimedJob[]> {
  const claim = randomUUID();
  const rows = await executeRows<{ id: number | string; kind: string; key: string | null; payload: Record<string, unknown>; attempts: number; max_attempts: number }>(db, sql`
    with due as (
      select id from jobs
      where state = 'PENDING' and run_at <= now() and ${isAnyOf(sql`kind`, kinds, 'text')}
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    update jobs set run_at = now() + make_interval(secs => ${leaseSeconds}), attempts = jobs.attempts + 1, claim = ${claim}
    from due where jobs.id = due.id
    returning jobs.id, jobs.kind, jobs.key, jobs.payload, jobs.attempts, jobs.max_attempts`);
  return rows
    .map((row) => ({ id: Number(row.id), kind: row.kind, key: row.key, payload: row.payload, attempt: row.attempts, maxAttempts: row.max_attempts, claim }))
    .sort((a, b) => a.id - b.id);
}

/** Hands claimed jobs that were not run back to the queue, due now, as if never claimed. */
export async function releaseClaims(db: Database, jobs: readonly ClaimedJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await db.execute(sql`update jobs set run_at = now(), attempts = attempts - 1, claim = null
    where ${isAnyOf(sql`id`, jobs.map((job) => job.id))} and claim = ${jobs[0].claim}`);
}

/** Thrown when a run tries to finish a job it no longer holds: its writes must roll back. */
export class ClaimLostError extends Error {
  constructor(job: ClaimedJob) {
    super(`Job ${job.id} (${job.kind}) was taken over or rescheduled while it ran; its run's writes are rolled back.`);
  }
}

/**
 * Marks the job done, in the transaction of its run's writes, or for a recurring job due again in
 * `againInMs`; throws ClaimLostError if the run lost it.
 */
export async function markDone(tx: Database, job: ClaimedJob, againInMs?: number): Promise<void> {
  await holding(tx, job, againInMs === undefined
    ? sql`state = 'DONE', finished_at = now(), claim = null, last_error = null`
    : sql`run_at = now() + make_interval(secs => ${againInMs / 1000}), attempts = 0, claim = null, last_error = null`);
}

/** Puts keyed jobs on the queue, due now, except those whose key is there already. */
export async function scheduleOnce(db: Database, jobs: readonly { kind: string; key: string }[]): Promise<void> {
  if (jobs.length === 0) return;
  await db.execute(sql`insert into jobs (kind, key) values ${sql.join(jobs.map((job) => sql`(${job.kind}, ${job.key})`), sql`, `)}
    on conflict (key) do nothing`);
}

/**
 * Records a failed attempt: the job falls due again after `retryInMs`, or, after its last
 * attempt, is FAILED for good. Answers whether that was the last attempt.
 */
export async function markFailed(tx: Database, job: ClaimedJob, error: string, retryInMs: number): Promise<{ final: boolean }> {
  const final = job.attempt >= job.maxAttempts;
  await holding(tx, job, final
    ? sql`state = 'FAILED', finished_at = now(), claim = null, last_error = ${error}`
    : sql`run_at = now() + make_interval(secs => ${retryInMs / 1000}), claim = null, last_error = ${error}`);
  return { final };
}

async function holding(tx: Database, job: ClaimedJob, set: SQL): Promise<void> {
  const rows = await executeRows(tx, sql`update jobs set ${set} where id = ${job.id} and claim = ${job.claim} returning id`);
  if (rows.length === 0) throw new ClaimLostError(job);
}

/** Deletes up to `limit` jobs finished before `before`; answers how many. */
export async function pruneFinishedJobs(db: Database, before: Date, limit: number): Promise<number> {
  const rows = await executeRows(db, sql`delete from jobs where id in (
    select id from jobs where state <> 'PENDING' and finished_at < ${before.toISOString()}::timestamptz limit ${limit}) returning id`);
  return rows.length;
}
