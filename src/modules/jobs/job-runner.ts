import type { Database } from '../../db/client.js';
import { claimDueJobs, ClaimLostError, markDone, markFailed, releaseClaims, scheduleOnce, type ClaimedJob } from './job-queue.js';

/**
 * How one kind of job is run. Work with effects outside the database (an SMTP send, an HTTP
 * call) goes in `perform`, which runs outside any transaction and may run again if the process
 * dies right after it: at least once. Writes go in `finish`, which runs in the transaction that
 * marks the job done: exactly once, however many processes poll the queue.
 */
export interface JobHandler<Outcome = unknown> {
  perform?(job: ClaimedJob): Promise<Outcome>;
  finish?(tx: Database, job: ClaimedJob, outcome: Outcome): Promise<void>;
  /** Writes that record a failed attempt, in the transaction that reschedules the job; `final` after its last one. */
  failed?(tx: Database, job: ClaimedJob, error: unknown, final: boolean): Promise<void>;
  /** How long to wait before the next attempt after the `attempt`-th failed; exponential by default. */
  retryDelayMs?(attempt: number): number;
  /** Attempts before a job of this kind is FAILED, whatever the job row says (a setting of the handler's). */
  maxAttempts?: number;
  /**
   * A recurring duty (maintenance): one job of this kind exists while any worker runs, due again
   * `everyMs` after each run; a failed run is retried with backoff and never given up.
   */
  everyMs?: number;
}

/** The handlers by job kind; each kind's outcome type is its own (perform's answer, finish's argument). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobHandlers = Record<string, JobHandler<any>>;

export interface JobRunnerSettings {
  /** How long an idle runner waits before it looks for due jobs again, in ms (JOB_POLL_MS). */
  pollMs: number;
  /** Jobs claimed at a time. */
  batchSize: number;
  /** How long a claimed job is held before another process may take it over, in s (JOB_LEASE_SECONDS). */
  leaseSeconds: number;
}

/** `baseMs` (a second), doubling per attempt up to an hour, give or take a fifth so that retries of many jobs spread out. */
export const exponentialBackoff = (attempt: number, baseMs = 1000) =>
  Math.min(baseMs * 2 ** (attempt - 1), 3_600_000) * (0.8 + Math.random() * 0.4);

/**
 * One process's worker on the durable job table: it claims due jobs (FOR UPDATE SKIP LOCKED, so
 * several processes share the queue without running a job twice) and runs them one by one.
 * The timer below only decides when to look again; the duty itself is the row in `jobs`.
 */
export class JobRunner {
  private stopped = true;
  /** Set while stop() waits for the loop: the job in hand is finished, the rest of its batch left. */
  private stopping = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly db: Database,
    private readonly handlers: JobHandlers,
    private readonly settings: JobRunnerSettings,
    private readonly log: (message: string) => void,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.poll();
  }

  /** Stops looking for jobs and waits for the job in hand; the rest of its batch is handed back to the queue. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    this.wakeUp?.();
    await this.loop;
    this.stopping = false;
    this.loop = null;
  }

  /** Runs the jobs due now, batch by batch, until none is left or the runner stops; answers how many ran. */
  async runDue(): Promise<number> {
    let ran = 0;
    const kinds = Object.keys(this.handlers);
    for (;;) {
      if (this.stopping) return ran;
      const batch = await claimDueJobs(this.db, kinds, this.settings.batchSize, this.settings.leaseSeconds);
      for (const [index, job] of batch.entries()) {
        if (this.stopping) {
          // The rest of the batch is handed back, due at once for another process.
          await releaseClaims(this.db, batch.slice(index)).catch(() => undefined);
          return ran;
        }
        await this.run(job);
        ran += 1;
      }
      if (batch.length < this.settings.batchSize) return ran;
    }
  }

  private async poll(): Promise<void> {
    await this.scheduleRecurring();
    while (!this.stopped) {
      try {
        await this.runDue();
      } catch (error) {
        // The database may be away for a while: the jobs wait in it, and the next poll tries again.
        this.log(`Job queue: could not poll for due jobs: ${(error as Error).message}`);
      }
      if (!this.stopped) await this.sleep(this.settings.pollMs);
    }
  }

  /** Puts each recurring kind's one job on the queue, unless it is there already (another process's, or from before). */
  private async scheduleRecurring(): Promise<void> {
    const recurring = Object.keys(this.handlers).filter((kind) => this.handlers[kind].everyMs !== undefined);
    try {
      await scheduleOnce(this.db, recurring.map((kind) => ({ kind, key: `recurring:${kind}` })));
    } catch (error) {
      this.log(`Job queue: could not schedule the recurring jobs: ${(error as Error).message}`);
    }
  }

  private async run(claimed: ClaimedJob): Promise<void> {
    const handler = this.handlers[claimed.kind] as JobHandler<unknown>;
    // A recurring job is never given up.
    const maxAttempts = handler.everyMs !== undefined ? Number.MAX_SAFE_INTEGER : handler.maxAttempts;
    const job = maxAttempts ? { ...claimed, maxAttempts } : claimed;
    try {
      const outcome = handler.perform ? await handler.perform(job) : undefined;
      await this.db.transaction(async (tx) => {
        await handler.finish?.(tx, job, outcome);
        await markDone(tx as unknown as Database, job, handler.everyMs);
      });
    } catch (error) {
      if (error instanceof ClaimLostError) return this.log(error.message);
      const message = error instanceof Error ? error.message : String(error);
      const retryInMs = handler.retryDelayMs ? handler.retryDelayMs(job.attempt) : exponentialBackoff(job.attempt);
      try {
        await this.db.transaction(async (tx) => {
          const { final } = await markFailed(tx as unknown as Database, job, message, retryInMs);
          await handler.failed?.(tx as unknown as Database, job, error, final);
        });
      } catch (failure) {
        if (!(failure instanceof ClaimLostError)) this.log(`Job queue: could not record the failure of job ${job.id} (${job.kind}): ${(failure as Error).message}`);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
