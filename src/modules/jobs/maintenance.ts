import type { Database } from '../../db/client.js';
import { sweepExpired } from '../attachments/attachments.repository.js';
import { pruneFinishedJobs } from './job-queue.js';
import type { JobHandler } from './job-runner.js';

/** How often the database is tidied. */
const MAINTENANCE_EVERY_MS = 10 * 60_000;
/** Finished jobs deleted per run at most, so one run stays a short transaction. */
const PRUNE_LIMIT = 10_000;

/**
 * The recurring `maintenance` job: deletes finished jobs older than JOB_RETENTION_DAYS and the
 * PENDING attachments whose upload URL expired unused, every ten minutes, in whichever process
 * gets to it first.
 */
export function maintenanceHandler(retentionDays: number): JobHandler<never> {
  return {
    everyMs: MAINTENANCE_EVERY_MS,
    async finish(tx: Database) {
      await pruneFinishedJobs(tx, new Date(Date.now() - retentionDays * 86_400_000), PRUNE_LIMIT);
      await sweepExpired(tx, new Date());
    },
  };
}
