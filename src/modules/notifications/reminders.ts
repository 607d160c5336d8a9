import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { executeRows } from '../../db/raw.js';
import type { ClaimedJob, NewJob } from '../jobs/job-queue.js';
import type { JobHandler } from '../jobs/job-runner.js';

/**
 * A kind of record a reminder can be set on: who is told and what, read when the reminder fires.
 * `recipients` selects `employee_id`, `title` and `due_at` for the record `id` only while its
 * reminder is still the one the job was made for and the record still wants doing, so a reminder
 * moved, cleared, or on a record done or cancelled meanwhile tells no one. Adding a kind takes a
 * `remind_at` column with its two triggers (as in migrations 0025 and 0027) and an entry here.
 */
interface ReminderSource {
  /** The GraphQL type of the record, which the notification's subject id is a global id of. */
  type: string;
  recipients(id: number, remindAt: SQL): SQL;
}

const reminderSources: Record<string, ReminderSource> = {
  chronicle: {
    type: 'ChronicleEntry',
    recipients: (id, remindAt) => sql`select responsible_employee_id as employee_id, subject as title, planned_at as due_at
      from chronicle_entries where id = ${id} and remind_at = ${remindAt} and status = 'PLANNED'`,
  },
  service_visit: {
    type: 'ServiceVisit',
    // The visit is due on its date in the engineer's zone; the card's engineer is the visit's unless it names another.
    recipients: (id, remindAt) => sql`select coalesce(v.engineer_id, c.engineer_id) as employee_id,
        'Service visit, card ' || c.number || ': ' || cp.name as title,
        v.planned_date::timestamp at time zone coalesce(e.time_zone, 'UTC') as due_at
      from service_visits v join service_cards c on c.id = v.card_id join counterparties cp on cp.id = c.counterparty_id
        left join employees e on e.id = coalesce(v.engineer_id, c.engineer_id)
      where v.id = ${id} and v.remind_at = ${remindAt} and v.status = 'PLANNED'`,
  },
  appeal: {
    type: 'Appeal',
    recipients: (id, remindAt) => sql`select responsible_employee_id as employee_id, number || ': ' || subject as title, due_at
      from appeals where id = ${id} and remind_at = ${remindAt} and status in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_CLIENT')`,
  },
  task: {
    // Every assignee is told.
    type: 'Task',
    recipients: (id, remindAt) => sql`select a.employee_id, t.title, t.due_at
      from tasks t join task_assignees a on a.task_id = t.id
      where t.id = ${id} and t.remind_at = ${remindAt} and t.status = 'OPEN'`,
  },
  deal: {
    type: 'Deal',
    recipients: (id, remindAt) => sql`select assigned_employee_id as employee_id, 'Deal: ' || name as title, null::timestamptz as due_at
      from deals where id = ${id} and remind_at = ${remindAt} and result is null`,
  },
};

interface ReminderPayload {
  source: string;
  id: number;
  remindAt: string;
}

/** What a reminder told: the notifications it made, one per employee, for pushing and e-mailing. */
export interface Reminded {
  notificationId: number;
  employeeId: number;
}

/**
 * Runs `reminder` jobs: in the transaction that finishes the job, makes a notification for each
 * employee the record's reminder is for, then hands them to `announce` (in the same transaction:
 * a push or an e-mail job goes out only if the notification is kept).
 */
export function reminderHandler(announce: (tx: Database, reminded: Reminded[]) => Promise<void> = async () => {}): JobHandler<never> {
  return {
    async finish(tx: Database, job: ClaimedJob) {
      const { source, id, remindAt } = job.payload as unknown as ReminderPayload;
      const reminder = reminderSources[source];
      if (!reminder) throw new Error(`No reminder source "${source}"`);
      const at = sql`${remindAt}::timestamptz`;
      const made = await executeRows<{ id: number | string; employee_id: number | string }>(tx, sql`
        insert into notifications (employee_id, kind, subject_type, subject_id, title, due_at, reminder_at, job_id)
        select r.employee_id, 'REMINDER', ${reminder.type}, ${id}, r.title, r.due_at, ${at}, ${job.id}
        from (${reminder.recipients(id, at)}) as r
        where r.employee_id is not null
        on conflict do nothing
        returning id, employee_id`);
      if (made.length > 0) await announce(tx, made.map((row) => ({ notificationId: Number(row.id), employeeId: Number(row.employee_id) })));
    },
  };
}

/** A reminder's job, as the triggers of migration 0025 write it: for tests and tools that schedule one by hand. */
export const reminderJob = (source: string, id: number, remindAt: Date): NewJob => ({
  kind: 'reminder', key: `reminder:${source}:${id}`, runAt: remindAt, payload: { source, id, remindAt: remindAt.toISOString() },
});
