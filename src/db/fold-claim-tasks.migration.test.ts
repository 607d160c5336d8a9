import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationsFolder } from './client.js';
import { shippedMigrations } from './readiness.js';

/** Runs the shipped migration `tag` as the migrator does: statement by statement. */
async function apply(db: PGlite, tag: string) {
  const text = fs.readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) await db.exec(statement);
}

const FOLD = '0031_move_claim_tasks_into_tasks';
let db: PGlite;
beforeAll(async () => {
  db = await PGlite.create({ extensions: { pg_trgm } });
  const fold = shippedMigrations.findIndex((migration) => migration.tag === FOLD);
  expect(fold).toBeGreaterThan(0);
  for (const migration of shippedMigrations.slice(0, fold)) await apply(db, migration.tag);
});
afterAll(async () => { await db?.close(); });

/** A database with an investigation plan as it was before the fold, and the fold applied to it. */
it('moves every task of a claim\'s plan into tasks, with its assignee, state and a due time, and drops claim_tasks', async () => {
  await db.exec(`
    insert into employees (id, full_name, email, time_zone) overriding system value values (7, 'Olena', 'olena@example.com', 'Europe/Kyiv');
    insert into counterparties (id, kind, name) overriding system value values (3, 'ORGANIZATION', 'Dnipro Steel');
    insert into claims (id, counterparty_id, essence, due_at) overriding system value values
      (11, 3, 'Crushed boxes', '2027-03-20T12:00:00Z'), (12, 3, 'Late', null);
    insert into claim_tasks (id, claim_id, what, assignee_id, due_date, done_at, result, cancelled_at, created_at, updated_at, version)
      overriding system value values
      (1, 11, 'Inspect the batch', 7, '2027-03-10', '2027-03-09T08:00:00Z', 'Crushed in transit', null, '2027-03-01T10:00:00Z', '2027-03-09T08:00:00Z', 3),
      (2, 11, 'Call the carrier', null, null, null, null, '2027-03-02T09:00:00Z', '2027-03-01T11:00:00Z', '2027-03-02T09:00:00Z', 2),
      (3, 12, 'Weigh the goods', null, null, null, null, null, '2027-03-05T22:30:00Z', '2027-03-05T22:30:00Z', 1);
  `);
  await apply(db, FOLD);
  await apply(db, '0032_fold_claim_tasks');

  const { rows } = await db.query<Record<string, unknown>>(`
    select t.title, t.description, to_char(t.due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as due, t.status, t.closed_at, t.result,
      t.counterparty_id, t.claim_id, t.version, t.remind_at, array(select employee_id from task_assignees a where a.task_id = t.id) as assignees
    from tasks t order by t.id`);
  expect(rows).toEqual([
    // The last millisecond of March 10 in the assignee's zone (Kyiv, UTC+2 in March).
    { title: 'Inspect the batch', description: null, due: '2027-03-10T21:59:59.999', status: 'DONE', closed_at: new Date('2027-03-09T08:00:00Z'),
      result: 'Crushed in transit', counterparty_id: 3, claim_id: 11, version: 3, remind_at: null, assignees: [7] },
    // No due date: the claim's due time, and the description says so.
    { title: 'Call the carrier', description: 'Planned without a due date: due when the claim is.', due: '2027-03-20T12:00:00.000', status: 'CANCELLED',
      closed_at: new Date('2027-03-02T09:00:00Z'), result: null, counterparty_id: 3, claim_id: 11, version: 2, remind_at: null, assignees: [] },
    // Nor on the claim: the end of the day it was planned (in UTC, without an assignee).
    { title: 'Weigh the goods', description: 'Planned without a due date: due at the end of the day it was planned.', due: '2027-03-05T23:59:59.999', status: 'OPEN',
      closed_at: null, result: null, counterparty_id: 3, claim_id: 12, version: 1, remind_at: null, assignees: [] },
  ]);
  const { rows: [{ left }] } = await db.query<{ left: string | null }>(`select to_regclass('claim_tasks')::text as left`);
  expect(left).toBeNull();
  const { rows: columns } = await db.query(`select 1 from information_schema.columns where table_name = 'tasks' and column_name = 'moved_claim_task_id'`);
  expect(columns).toEqual([]);
});
