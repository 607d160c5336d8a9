import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';

export const jobState = pgEnum('job_state', ['PENDING', 'DONE', 'FAILED']);

/**
 * The one durable record of work to be done in the background (reminders, e-mail, webhook
 * deliveries): written in the transaction that makes the duty, run by whichever server process
 * claims it first (src/modules/jobs), and kept once done as the record of what happened.
 */
export const jobs = pgTable('jobs', {
  id: id(),
  /** Which handler runs it, e.g. `reminder`, `email`, `webhook`. */
  kind: text('kind').notNull(),
  /**
   * Jobs with one key are one duty: a reminder moved to another time moves its job instead of
   * adding a second one. Null for jobs that are each their own duty.
   */
  key: text('key'),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
  state: jobState('state').notNull().default('PENDING'),
  /** When it is due; a claimed job's is pushed a lease ahead, so a process that dies mid-run lets it fall due again. */
  runAt: timestamp('run_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  maxAttempts: integer('max_attempts').notNull().default(10),
  /** The token of the run that holds it now: only that run may finish it (a run that outlived its lease may not). */
  claim: text('claim'),
  lastError: text('last_error'),
  createdAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date', precision: 3 }),
}, (t) => [
  uniqueIndex('jobs_key_key').on(t.key),
  // What workers poll: the pending jobs by the time they fall due.
  index('jobs_due_idx').on(t.runAt, t.id).where(sql`${t.state} = 'PENDING'`),
  // What pruning reads: finished jobs by when they finished.
  index('jobs_finished_idx').on(t.finishedAt).where(sql`${t.state} <> 'PENDING'`),
]);

export type JobRow = typeof jobs.$inferSelect;
